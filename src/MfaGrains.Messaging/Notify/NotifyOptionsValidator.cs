using MfaGrains.Messaging.Gateways;
using Microsoft.Extensions.Options;

namespace MfaGrains.Messaging.Notify;

/// <summary>Refuses to start with Notify settings that would only fail at the first passcode; messages name the setting and never quote a value.</summary>
internal sealed class NotifyOptionsValidator : IValidateOptions<NotifyOptions>
{
    private const string Prefix = NotifyOptions.Section + ":";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, NotifyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{Prefix}{nameof(NotifyOptions.ApiKey)} is required: the API key from Notify's API integration page.");
        }
        else if (NotifyApiKey.TryParse(options.ApiKey) is null)
        {
            failures.Add($"{Prefix}{nameof(NotifyOptions.ApiKey)} is not a GOV.UK Notify API key: expected {{key_name}}-{{service_id}}-{{secret_key}}, "
                + "ending in two UUIDs; copy the whole key as Notify showed it.");
        }

        if (!IsUuid(options.SmsTemplateId))
        {
            failures.Add($"{Prefix}{nameof(NotifyOptions.SmsTemplateId)} must be the UUID of a Notify text message template containing ((code)).");
        }

        if (options.SmsSenderId is not null && !IsUuid(options.SmsSenderId))
        {
            failures.Add($"{Prefix}{nameof(NotifyOptions.SmsSenderId)}, when set, must be the UUID of a text message sender in Notify.");
        }

        if (!GatewayUrl.IsAcceptable(options.BaseUrl))
        {
            failures.Add($"{Prefix}{nameof(NotifyOptions.BaseUrl)} must be an absolute https:// URL ({NotifyOptions.DefaultBaseUrl}), or http:// to a loopback address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsUuid(string? value) => Guid.TryParseExact(value?.Trim(), "D", out _);
}
