using MfaGrains.Messaging.Gateways;
using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Messaging.Webhook;

/// <summary>Registers <see cref="WebhookPasscodeSender"/> when <c>Messaging:Webhook</c> is configured.</summary>
internal static class WebhookRegistration
{
    /// <summary>Adds the sender and returns the channels it serves, or adds nothing and returns none.</summary>
    public static IReadOnlySet<PasscodeChannel> AddWebhookPasscodeSender(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WebhookOptions.Section);
        // Half-filled counts as configured, so start-up names what is missing.
        if (string.IsNullOrWhiteSpace(section[nameof(WebhookOptions.Url)]) && string.IsNullOrWhiteSpace(section[nameof(WebhookOptions.Secret)]))
        {
            return new HashSet<PasscodeChannel>();
        }

        services.AddOptions<WebhookOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.AddPasscodeGatewayClient(WebhookPasscodeSender.HttpClientName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPasscodeSender, WebhookPasscodeSender>());
        return ChannelsOf(section);
    }

    /// <summary>The configured channels, read now because the registration of the others depends on them.</summary>
    private static IReadOnlySet<PasscodeChannel> ChannelsOf(IConfigurationSection section)
    {
        const string Setting = WebhookOptions.Section + ":" + nameof(WebhookOptions.Channels);
        var channels = section.GetSection(nameof(WebhookOptions.Channels));
        if (!string.IsNullOrEmpty(channels.Value))
        {
            // The binder would ignore a plain value here and quietly serve voice; values are not echoed in case a secret landed here.
            throw new InvalidOperationException($"{Setting} must be a list, e.g. {Setting}:0 = voice, {Setting}:1 = sms.");
        }

        return WebhookChannels.TryParse([.. channels.GetChildren().Select(child => child.Value)])
            ?? throw new InvalidOperationException($"{Setting} may list only 'sms' and 'voice'.");
    }
}
