using MfaGrains.Grains.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace MfaGrains.Hosting.Metrics;

/// <summary>OpenTelemetry metrics for any MfaGrains host (API or silo), served for Prometheus at <see cref="ScrapePath"/>.</summary>
public static class MetricsHostingExtensions
{
    /// <summary>The Prometheus scrape route, on the host's HTTP port beside <c>/health/*</c>; keep it off public routes.</summary>
    public const string ScrapePath = "/metrics";

    /// <summary>Orleans' runtime meter (grains, activations, messaging, storage latency, the silos it sees).</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>
    /// The engine's meter, Orleans' meter, ASP.NET Core's request and Kestrel instruments and the .NET runtime's
    /// (GC, thread pool, CPU and memory of the process), exported in Prometheus' format.
    /// </summary>
    public static IHostApplicationBuilder AddMfaGrainsMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddMeter(MfaGrainsMetrics.MeterName, OrleansMeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        return builder;
    }

    /// <summary>
    /// On a host that runs a silo: the pending-challenge gauge exists from start-up, so it reads 0 before the first
    /// sign-in instead of appearing with it.
    /// </summary>
    public static IServiceCollection AddMfaGrainsSiloMetrics(this IServiceCollection services) =>
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInstrumentation(sp => sp.GetRequiredService<PendingChallenges>()));

    public static IEndpointRouteBuilder MapMfaGrainsMetrics(this IEndpointRouteBuilder routes)
    {
        routes.MapPrometheusScrapingEndpoint(ScrapePath);
        return routes;
    }
}
