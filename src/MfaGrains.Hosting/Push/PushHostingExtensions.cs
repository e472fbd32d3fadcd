using MfaGrains.Grains.Push;
using MfaGrains.Push.Apns;
using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Fcm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Hosting.Push;

/// <summary>Push delivery on a silo: the configured senders, the dispatcher, and the grains that hear back from it.</summary>
public static class PushHostingExtensions
{
    public static IServiceCollection AddMfaGrainsPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFcmSender(configuration);
        services.AddApnsSender(configuration);
        services.AddSingleton<IPushDeliveryReporter, GrainPushDeliveryReporter>();
        // Wall-clock time: Retry-After and backoff are about the push service, not the domain's (testable) clock.
        services.AddPushDispatch(sp => sp.GetRequiredService<TimeProvider>());
        return services;
    }
}
