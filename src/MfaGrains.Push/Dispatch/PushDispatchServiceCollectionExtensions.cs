using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Dispatch;

/// <summary>Registers the push dispatcher: one per silo, sending through whichever senders are registered.</summary>
public static class PushDispatchServiceCollectionExtensions
{
    /// <param name="services">The silo's services.</param>
    /// <param name="clock">The clock for retry delays and for judging whether a challenge has expired.</param>
    public static IServiceCollection AddPushDispatch(this IServiceCollection services, Func<IServiceProvider, TimeProvider> clock)
    {
        services.AddMetrics();
        services.TryAddSingleton<PushMetrics>();
        services.AddOptions<PushDispatchOptions>().BindConfiguration(PushDispatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new PushDispatcher(
            sp.GetServices<Sending.IPushSender>(),
            sp.GetRequiredService<IPushDeliveryReporter>(),
            sp.GetRequiredService<IOptions<PushDispatchOptions>>(),
            clock(sp),
            sp.GetRequiredService<ILogger<PushDispatcher>>(),
            sp.GetRequiredService<PushMetrics>()));
        services.AddSingleton<IPushQueue>(sp => sp.GetRequiredService<PushDispatcher>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PushDispatcher>());
        return services;
    }
}
