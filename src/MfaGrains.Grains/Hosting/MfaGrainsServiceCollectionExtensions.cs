using MfaGrains.Grains.Audit;
using MfaGrains.Grains.Metrics;
using MfaGrains.Grains.Options;
using MfaGrains.Grains.Prewarm;
using MfaGrains.Grains.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Hosting;

/// <summary>Registers what the grains need: validated settings, the domain clock, the secret helpers and the metrics.</summary>
public static class MfaGrainsServiceCollectionExtensions
{
    public static IServiceCollection AddMfaGrainServices(this IServiceCollection services)
    {
        services.AddOptions<EnrolmentOptions>().BindConfiguration(EnrolmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChallengeOptions>().BindConfiguration(ChallengeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AbuseLimitOptions>().BindConfiguration(AbuseLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PasscodeOptions>().BindConfiguration(PasscodeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecretsOptions>, SecretsOptionsValidator>());
        services.TryAddKeyedSingleton(MfaClock.Key, TimeProvider.System);
        services.TryAddSingleton<MfaPolicy>();
        services.TryAddSingleton<SecretHasher>();
        services.TryAddSingleton<SecretProtector>();
        services.AddMetrics();
        services.TryAddSingleton<MfaGrainsMetrics>();
        services.TryAddSingleton<PendingChallenges>();
        services.AddMfaGrainsPrewarm();
        return services;
    }

    /// <summary>The audit log's purge by age (<see cref="AuditRetentionService"/>); needs the storage's <c>IAuditLog</c>.</summary>
    public static IServiceCollection AddMfaGrainsAuditRetention(this IServiceCollection services)
    {
        services.AddHostedService<AuditRetentionService>();
        return services;
    }
}
