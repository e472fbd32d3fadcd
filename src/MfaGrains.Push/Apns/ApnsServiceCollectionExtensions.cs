using System.Net;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Apns;

/// <summary>Registers the APNs sender when <c>Push:Apns</c> is configured.</summary>
public static class ApnsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ApnsSender"/> as an <see cref="IPushSender"/> when any <c>Push:Apns</c> credential setting is present,
    /// with its options validated at start-up (the .p8 is really loaded); otherwise adds nothing.
    /// </summary>
    public static IServiceCollection AddApnsSender(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ApnsOptions.Section);
        if (!ApnsConfiguration.IsConfigured(section))
        {
            return services;
        }

        services.AddOptions<ApnsOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApnsOptions>, ApnsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ApnsSender.HttpClientName, client =>
            {
                client.DefaultRequestVersion = HttpVersion.Version20;
                client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
                client.Timeout = TimeSpan.FromSeconds(30);
                client.MaxResponseContentBufferSize = 64 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Apple wants long-lived connections (reconnect storms look like an attack) and more of them for throughput.
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = TimeSpan.FromHours(1),
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                AllowAutoRedirect = false,
                UseCookies = false,
            })
            // The factory would otherwise recycle the handler every 2 minutes, dropping Apple's connections with it.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The factory's default request logging prints the URL, and the URL ends in the device token.
            .RemoveAllLoggers();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPushSender, ApnsSender>());
        return services;
    }
}
