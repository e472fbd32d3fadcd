using Microsoft.Extensions.Configuration;
using Orleans.Dashboard;
using Orleans.Hosting;

namespace MfaGrains.Hosting.Operations;

/// <summary>Adds the Orleans dashboard's data side to silos and clients, unless <c>Operations:Dashboard:Enabled</c> is false.</summary>
public static class DashboardBuilderExtensions
{
    /// <summary>How long the grain profiler keeps running after the dashboard's last query (Orleans' default is a minute).</summary>
    public static readonly TimeSpan ProfilerIdleTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Every silo: the dashboard grains, the profiling call filter and the counters; it opens no port.</summary>
    public static ISiloBuilder AddMfaGrainsDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = OperationsDashboardOptions.Read(configuration);
        if (!options.Enabled)
        {
            return silo;
        }

        // The grain profiler runs until this long after the last dashboard query, and from start-up for as long: the open
        // page queries every second, so 10 s keeps it live while someone looks and spares the first minute of a surge.
        return silo.AddDashboard(dashboard => Configure(dashboard, options))
            .Configure<GrainProfilerOptions>(profiler => profiler.DeactivationTime = ProfilerIdleTimeout);
    }

    /// <summary>An API that is a client of the cluster: what it needs to serve <c>/dashboard</c> from the silos' data.</summary>
    public static IClientBuilder AddMfaGrainsDashboard(this IClientBuilder client, IConfiguration configuration)
    {
        var options = OperationsDashboardOptions.Read(configuration);
        return options.Enabled ? client.AddDashboard(dashboard => Configure(dashboard, options)) : client;
    }

    // The live log view streams every log line of the host; off unless an operator asks for it.
    private static void Configure(DashboardOptions dashboard, OperationsDashboardOptions options) => dashboard.HideTrace = !options.ShowTrace;
}
