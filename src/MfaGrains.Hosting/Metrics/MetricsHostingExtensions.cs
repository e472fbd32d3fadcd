using MfaGrains.Grains.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace MfaGrains.Hosting.Metrics;

/// <summary>OpenTelemetry metrics for any MfaGrains host (API or silo), served for Prometheus at <see cref="ScrapePath"/>.</summary>
public static class MetricsHostingExtensions
{
    /// <summary>The Prometheus scrape route, on the host's HTTP port beside <c>/health/*</c>; keep it off public routes.</summary>
    public const string ScrapePath = "/metrics";

    /// <summary>The engine's own meter, for instruments a host adds beside the grains' (such as the API's activation count).</summary>
    public const string EngineMeterName = MfaGrainsMetrics.MeterName;

    /// <summary>Orleans' runtime meter (grains, activations, messaging, storage latency, the silos it sees).</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>ASP.NET Core's meters: request durations, Kestrel's connections, routing, exceptions and rate limiting.</summary>
    private static readonly string[] AspNetCoreMeterNames =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting",
    ];

    /// <summary>
    /// The engine's meter, Orleans' meter, ASP.NET Core's request and Kestrel instruments and the .NET runtime's
    /// (GC, thread pool, CPU and memory of the process), exported in Prometheus' format.
    /// </summary>
    /// <remarks>
    /// The engine's, Orleans' and ASP.NET Core's meters come from this host's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>
    /// (or are process-wide), so they are enabled through the host's metrics rules, which see no other host's meters. The SDK's own
    /// <c>AddMeter</c> listens by name across the process: beside a second host (a test, a co-hosted tool) it would merge
    /// both hosts' instruments into one stream and drop that stream when the other host is disposed.
    /// </remarks>
    public static IHostApplicationBuilder AddMfaGrainsMetrics(this IHostApplicationBuilder builder)
    {
        foreach (var meterName in AspNetCoreMeterNames.Prepend(OrleansMeterName).Prepend(MfaGrainsMetrics.MeterName))
        {
            builder.Metrics.EnableMetrics(meterName);
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddRuntimeInstrumentation()
                // Every scrape reads the counters now: a cached answer (300 ms by default) can miss what was just counted,
                // and Prometheus scrapes far too rarely for the cache to save anything.
                .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));
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
