using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;
using Orleans.Hosting;
using Orleans.Runtime;

namespace MfaGrains.Hosting.Operations;

/// <summary>Adds the Orleans dashboard's data side to silos and clients, unless <c>Operations:Dashboard:Enabled</c> is false.</summary>
public static class DashboardBuilderExtensions
{
    /// <summary>How long the grain profiler keeps running after the dashboard's last query (Orleans' default is a minute).</summary>
    public static readonly TimeSpan ProfilerIdleTimeout = TimeSpan.FromSeconds(10);

    private const string DashboardHostTypeName = "Orleans.Dashboard.DashboardHost";

    private const string GrainProfilerTypeName = "Orleans.Dashboard.Metrics.IGrainProfiler";

    /// <summary>Every silo: the dashboard grains, the profiling call filter and the counters; it opens no port.</summary>
    public static ISiloBuilder AddMfaGrainsDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = OperationsDashboardOptions.Read(configuration);
        if (!options.Enabled)
        {
            return silo;
        }

        // The grain profiler, and with it the dashboard's silo host, runs until this long after the last dashboard query
        // (the dashboard grain looks once a minute): the open page queries every second, so 10 s keeps it live while
        // someone looks.
        return silo.AddDashboard(dashboard => Configure(dashboard, options))
            .Configure<GrainProfilerOptions>(profiler => profiler.DeactivationTime = ProfilerIdleTimeout)
            .RunDashboardHostOnlyWhileOpen();
    }

    /// <summary>
    /// Takes the dashboard's silo host out of the silo's start-up, where it would activate the dashboard's grains and
    /// start collecting counters, and gives it to <see cref="OnDemandDashboardHost"/>. The host is internal to Orleans'
    /// dashboard, so it is found by name, and a dashboard that no longer matches stops the engine at start-up rather
    /// than quietly costing CPU again.
    /// </summary>
    private static ISiloBuilder RunDashboardHostOnlyWhileOpen(this ISiloBuilder silo)
    {
        var hosted = silo.Services.SingleOrDefault(d => d.ServiceType == typeof(IHostedService) && HostedType(d)?.FullName == DashboardHostTypeName)
            ?? throw new InvalidOperationException($"AddDashboard registered no {DashboardHostTypeName}; OnDemandDashboardHost does not know this Orleans dashboard.");
        var hostType = HostedType(hosted)!;
        if (!typeof(ILifecycleParticipant<ISiloLifecycle>).IsAssignableFrom(hostType))
        {
            throw new InvalidOperationException($"{DashboardHostTypeName} no longer joins the silo lifecycle; OnDemandDashboardHost does not know this Orleans dashboard.");
        }

        var profilerType = hostType.Assembly.GetType(GrainProfilerTypeName, throwOnError: true)!;
        var isEnabled = profilerType.GetProperty("IsEnabled")
            ?? throw new InvalidOperationException($"{GrainProfilerTypeName} has no IsEnabled; OnDemandDashboardHost does not know this Orleans dashboard.");

        silo.Services.Remove(hosted);
        // It joins the silo's lifecycle through a registration of Orleans' own (AddFromExisting), so every participant
        // registration is wrapped: each makes what it made before, except that the dashboard's host joins nothing.
        var participants = silo.Services
            .Where(d => !d.IsKeyedService && d.ServiceType == typeof(ILifecycleParticipant<ISiloLifecycle>) && (d.ImplementationFactory is not null || d.ImplementationType == hostType))
            .ToList();
        foreach (var participant in participants)
        {
            var create = participant.ImplementationFactory;
            silo.Services.Remove(participant);
            silo.Services.Add(new ServiceDescriptor(typeof(ILifecycleParticipant<ISiloLifecycle>), sp => create?.Invoke(sp) is { } made && !hostType.IsInstanceOfType(made)
                ? made
                : NoLifecycle.Instance, participant.Lifetime));
        }

        silo.Services.AddSingleton(sp =>
        {
            var profiler = sp.GetRequiredService(profilerType);
            return new OnDemandDashboardHost(
                () => new DashboardHostRun((IHostedService)ActivatorUtilities.CreateInstance(sp, hostType)),
                () => (bool)isEnabled.GetValue(profiler)!,
                sp.GetService<TimeProvider>() ?? TimeProvider.System,
                sp.GetRequiredService<ILogger<OnDemandDashboardHost>>());
        });
        silo.Services.AddHostedService(sp => sp.GetRequiredService<OnDemandDashboardHost>());
        return silo;
    }

    /// <summary>The type a hosted service registration makes: its implementation type, or what its factory returns.</summary>
    private static Type? HostedType(ServiceDescriptor descriptor) =>
        descriptor.ImplementationType ?? descriptor.ImplementationFactory?.Method.ReturnType;

    /// <summary>An API that is a client of the cluster: what it needs to serve <c>/dashboard</c> from the silos' data.</summary>
    public static IClientBuilder AddMfaGrainsDashboard(this IClientBuilder client, IConfiguration configuration)
    {
        var options = OperationsDashboardOptions.Read(configuration);
        return options.Enabled ? client.AddDashboard(dashboard => Configure(dashboard, options)) : client;
    }

    // The live log view streams every log line of the host; off unless an operator asks for it.
    private static void Configure(DashboardOptions dashboard, OperationsDashboardOptions options) => dashboard.HideTrace = !options.ShowTrace;

    /// <summary>Stands where the dashboard's host joined the silo's lifecycle.</summary>
    private sealed class NoLifecycle : ILifecycleParticipant<ISiloLifecycle>
    {
        public static readonly NoLifecycle Instance = new();

        public void Participate(ISiloLifecycle lifecycle)
        {
        }
    }
}
