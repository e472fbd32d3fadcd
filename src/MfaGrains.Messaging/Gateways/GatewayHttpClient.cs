using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace MfaGrains.Messaging.Gateways;

/// <summary>Registers the named <see cref="HttpClient"/> each passcode gateway uses: no request logging, no redirects, retries only where safe.</summary>
internal static class GatewayHttpClient
{
    /// <summary>A generous outer bound; the resilience handler's total timeout (20 s) normally ends a slow send first.</summary>
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);

    public static IHttpClientBuilder AddPasscodeGatewayClient(this IServiceCollection services, string name)
    {
        var builder = services.AddHttpClient(name, client =>
            {
                client.Timeout = ClientTimeout;
                client.MaxResponseContentBufferSize = 64 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A redirect would replay the body, code and all, to wherever the Location header points.
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                // Shorter than gateways' idle timeouts, so a send rarely races the server closing a pooled connection.
                PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // The factory's request logging writes URLs and headers (Notify's bearer JWT is one); our senders log ids instead.
            .RemoveAllLoggers();

        builder.AddStandardResilienceHandler(options =>
        {
            // Retrying a send the gateway may already have delivered would send the code twice (see GatewayRetry).
            options.Retry.ShouldHandle = args => ValueTask.FromResult(GatewayRetry.IsSafeToRetry(args.Outcome));
            options.Retry.MaxRetryAttempts = 2;
            options.Retry.BackoffType = DelayBackoffType.Exponential;
            options.Retry.Delay = TimeSpan.FromMilliseconds(500);
            options.Retry.UseJitter = true;

            // A person is waiting for the code; Notify's JWT, signed once per send, must also still be under 30 s old at the last try.
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(20);
        });
        return builder;
    }
}
