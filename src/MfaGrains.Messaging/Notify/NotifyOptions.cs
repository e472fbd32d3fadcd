namespace MfaGrains.Messaging.Notify;

/// <summary>Settings for sending passcode SMS through GOV.UK Notify, bound from <c>Messaging:Notify</c>.</summary>
public sealed class NotifyOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Messaging:Notify";

    /// <summary>GOV.UK Notify's production API.</summary>
    public const string DefaultBaseUrl = "https://api.notifications.service.gov.uk";

    /// <summary>
    /// The API key exactly as Notify shows it, <c>{key_name}-{service_id}-{secret_key}</c>. A secret: keep it in a secret
    /// store or environment variable, never in appsettings; it is never logged or echoed in an error.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The id (a UUID) of the text message template; its body must contain the placeholder <c>((code))</c>.</summary>
    public string? SmsTemplateId { get; set; }

    /// <summary>Where to send, default <see cref="DefaultBaseUrl"/>; plain http is accepted only to a loopback address (a local fake).</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Optional id (a UUID) of a text message sender set up in Notify; Notify's default sender when empty.</summary>
    public string? SmsSenderId { get; set; }
}
