using MfaGrains.Messaging.Development;
using MfaGrains.Messaging.Notify;
using MfaGrains.Messaging.Sending;
using MfaGrains.Messaging.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace MfaGrains.Messaging.Hosting;

/// <summary>Registers the passcode senders that configuration asks for.</summary>
public static class PasscodeSenderServiceCollectionExtensions
{
    /// <summary>
    /// Adds an <see cref="IPasscodeSender"/> for each configured gateway: GOV.UK Notify for SMS (<c>Messaging:Notify</c>) and the
    /// signed webhook (<c>Messaging:Webhook</c>, voice by default). In Development only, the log sender covers every channel no
    /// gateway serves. Settings are validated at start-up (<see cref="Microsoft.Extensions.Options.OptionsValidationException"/>
    /// naming the setting); two gateways for one channel are refused here, since which one sends would otherwise be an accident.
    /// </summary>
    public static IServiceCollection AddPasscodeSenders(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(PasscodeSendersAdded)))
        {
            // Once only: a second resilience handler on the same client would multiply its retries.
            return services;
        }

        services.AddSingleton<PasscodeSendersAdded>();
        services.TryAddSingleton(TimeProvider.System);

        var sms = services.AddNotifySmsSender(configuration);
        var webhook = services.AddWebhookPasscodeSender(configuration);
        if (sms.Overlaps(webhook))
        {
            throw new InvalidOperationException(
                $"{WebhookOptions.Section}:{nameof(WebhookOptions.Channels)} lists sms, which {NotifyOptions.Section} already serves; configure one gateway per channel.");
        }

        var unserved = Enum.GetValues<PasscodeChannel>().Where(channel => !sms.Contains(channel) && !webhook.Contains(channel)).ToArray();
        if (environment.IsDevelopment() && unserved.Length > 0)
        {
            services.AddDevelopmentLogPasscodeSender(environment, unserved);
        }

        return services;
    }

    /// <summary>Marks the collection as done.</summary>
    private sealed class PasscodeSendersAdded;
}
