using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MfaGrains.Grains.Prewarm;

/// <summary>Registers what pre-warm jobs need on a silo.</summary>
public static class PrewarmServiceCollectionExtensions
{
    public static IServiceCollection AddMfaGrainsPrewarm(this IServiceCollection services)
    {
        services.AddOptions<PrewarmOptions>().BindConfiguration(PrewarmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PrewarmMetrics>();
        return services;
    }
}
