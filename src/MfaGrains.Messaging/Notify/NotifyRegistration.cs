using MfaGrains.Messaging.Gateways;
using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Messaging.Notify;

/// <summary>Registers <see cref="GovUkNotifySmsSender"/> when <c>Messaging:Notify</c> is configured.</summary>
internal static class NotifyRegistration
{
    /// <summary>Adds the sender and returns the channels it serves, or adds nothing and returns none.</summary>
    public static IReadOnlySet<PasscodeChannel> AddNotifySmsSender(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(NotifyOptions.Section);
        if (!IsConfigured(section))
        {
            return new HashSet<PasscodeChannel>();
        }

        services.AddOptions<NotifyOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotifyOptions>, NotifyOptionsValidator>());
        services.AddPasscodeGatewayClient(GovUkNotifySmsSender.HttpClientName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPasscodeSender, GovUkNotifySmsSender>());
        return new HashSet<PasscodeChannel> { PasscodeChannel.Sms };
    }

    /// <summary>
    /// True when any setting but the base URL is present. A half-filled section counts on purpose, so that start-up names
    /// the missing setting instead of SMS silently falling back to nothing.
    /// </summary>
    private static bool IsConfigured(IConfigurationSection section) =>
        new[] { nameof(NotifyOptions.ApiKey), nameof(NotifyOptions.SmsTemplateId), nameof(NotifyOptions.SmsSenderId) }
            .Any(key => !string.IsNullOrWhiteSpace(section[key]));
}
