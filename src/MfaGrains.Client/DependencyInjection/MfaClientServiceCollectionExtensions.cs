using MfaGrains.Client;
using MfaGrains.Client.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="MfaPortalClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
public static class MfaClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MfaPortalClient"/> for the engine at <paramref name="baseAddress"/> with the portal's API key, its 503s
    /// retried after <c>Retry-After</c>. The builder returned configures the underlying <see cref="HttpClient"/> further.
    /// </summary>
    public static IHttpClientBuilder AddMfaPortalClient(this IServiceCollection services, Uri baseAddress, string apiKey)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        return services
            .AddHttpClient(nameof(MfaPortalClient), http => http.BaseAddress = baseAddress)
            .AddHttpMessageHandler(provider => new RetryAfterHandler(provider.GetService<TimeProvider>() ?? TimeProvider.System))
            .AddTypedClient((http, provider) => new MfaPortalClient(http, apiKey, provider.GetService<TimeProvider>()));
    }
}
