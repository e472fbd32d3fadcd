namespace MfaGrains.Messaging.Webhook;

/// <summary>Settings for the generic signed-webhook passcode gateway (voice by default), bound from <c>Messaging:Webhook</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "Messaging:Webhook";

    /// <summary>The shortest <see cref="Secret"/> accepted: 32 characters, room for 256 random bits.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>Where passcodes are POSTed: an https URL, or http to a loopback address.</summary>
    public string? Url { get; set; }

    /// <summary>The shared HMAC-SHA256 key (its UTF-8 bytes), at least <see cref="MinimumSecretLength"/> characters. A secret: never logged.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// The channels this gateway serves, <c>sms</c> and/or <c>voice</c> (any case), e.g. <c>["voice"]</c>; empty means voice only.
    /// Strings rather than <see cref="PasscodeChannel"/> because the configuration binder silently drops array items it cannot
    /// convert, and a misspelt channel must stop start-up instead.
    /// </summary>
    public string[] Channels { get; set; } = [];
}
