using System.Net;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MfaGrains.Push.Fcm;

/// <summary>Registers the FCM sender from the <c>Push:Fcm</c> settings.</summary>
public static class FcmServiceCollectionExtensions
{
    /// <summary>A send that takes longer than this is treated as a transport failure (retryable), well inside a challenge's life.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Adds <see cref="FcmSender"/> as an <see cref="IPushSender"/> when <c>Push:Fcm:ServiceAccountJsonPath</c> is set in
    /// <paramref name="configuration"/> (the root configuration); otherwise adds nothing. A bad service-account file or base URL
    /// fails host start-up (<see cref="OptionsValidationException"/> naming the setting).
    /// </summary>
    public static IServiceCollection AddFcmSender(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FcmOptions.SectionName);
        if (!section.Get<FcmOptions>()?.IsConfigured ?? true)
        {
            return services;
        }

        services.AddOptions<FcmOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FcmOptions>, FcmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Read once per process: the credential inside caches the access token across all sends.
        services.TryAddSingleton(sp => FcmServiceAccountReader.Read(sp.GetRequiredService<IOptions<FcmOptions>>().Value.ServiceAccountJsonPath));
        services.TryAddSingleton(sp => new FcmAccessTokenSource(sp.GetRequiredService<FcmServiceAccount>().Credential));

        services.AddHttpClient(FcmSender.HttpClientName, client =>
            {
                client.DefaultRequestVersion = HttpVersion.Version20;
                client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
                client.Timeout = RequestTimeout;
            })
            .ConfigurePrimaryHttpMessageHandler(FcmHttpHandler.Create)
            // The factory's default 2-minute handler rotation would tear down warm HTTP/2 connections; the handler recycles its own.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPushSender, FcmSender>(sp => new FcmSender(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<FcmAccessTokenSource>(),
            SendUri(sp.GetRequiredService<IOptions<FcmOptions>>().Value, sp.GetRequiredService<FcmServiceAccount>().ProjectId),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FcmSender>>())));
        return services;
    }

    private static Uri SendUri(FcmOptions options, string projectId) =>
        new($"{options.BaseUrl.TrimEnd('/')}/v1/projects/{Uri.EscapeDataString(projectId)}/messages:send");
}
