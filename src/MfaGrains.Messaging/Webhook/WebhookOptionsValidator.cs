using MfaGrains.Messaging.Gateways;
using Microsoft.Extensions.Options;

namespace MfaGrains.Messaging.Webhook;

/// <summary>Refuses to start with webhook settings that could not deliver a passcode safely; messages name the setting and never quote a value.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    private const string Prefix = WebhookOptions.Section + ":";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        // The URL is not echoed either: it may carry a token in its query or user info.
        if (!GatewayUrl.IsAcceptable(options.Url))
        {
            failures.Add($"{Prefix}{nameof(WebhookOptions.Url)} must be an absolute https:// URL, or http:// to a loopback address.");
        }

        if (string.IsNullOrEmpty(options.Secret) || options.Secret.Length < WebhookOptions.MinimumSecretLength)
        {
            failures.Add($"{Prefix}{nameof(WebhookOptions.Secret)} must be at least {WebhookOptions.MinimumSecretLength} characters (e.g. 32 random bytes, base64).");
        }

        if (WebhookChannels.TryParse(options.Channels) is null)
        {
            failures.Add($"{Prefix}{nameof(WebhookOptions.Channels)} may list only 'sms' and 'voice'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
