using System.Text.Json;
using MfaGrains.Operations.Tests.Logs;
using MfaGrains.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>
/// The dashboard's silo host, Orleans' one-second collection of every counter, runs once an operator opens the
/// dashboard: the engine's own host (not a shared one, which other tests open).
/// </summary>
public sealed class DashboardOnDemandTests
{
    private const int DashboardOpened = 2101;

    [Fact]
    public async Task Its_silo_host_starts_when_an_operator_opens_the_dashboard()
    {
        var log = new LogCapture();
        await using var host = OperationsEngine.Create(configureServices: services =>
            services.AddLogging(logging => logging.AddProvider(log).AddFilter<LogCapture>(null, LogLevel.Trace)));
        await host.StartAsync();
        using var sre = host.OperatorClient();
        Assert.DoesNotContain(log.Entries, e => e.EventId.Id == DashboardOpened);

        var hosts = await Eventually.Until(
            async () => JsonDocument.Parse(await sre.GetStringAsync("/dashboard/DashboardCounters")).RootElement.GetProperty("hosts").Clone(),
            h => h.GetArrayLength() > 0, "the dashboard to list the silo", TimeSpan.FromSeconds(30));
        var silo = hosts[0].GetProperty("siloAddress").GetString();

        await Eventually.Until(
            () => Task.FromResult(log.Entries.Count(e => e.EventId.Id == DashboardOpened)), n => n == 1, "the dashboard's silo host to start", TimeSpan.FromSeconds(30));
        // The counters the Silos page shows come from the collection that has just started.
        await Eventually.Until(
            async () => await sre.GetStringAsync($"/dashboard/SiloCounters/{silo}"),
            json => json.Contains("orleans", StringComparison.OrdinalIgnoreCase),
            "the silo's Orleans counters", TimeSpan.FromSeconds(30));
    }
}
