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

        (await sre.GetAsync("/dashboard/DashboardCounters")).EnsureSuccessStatusCode();

        await Eventually.Until(
            () => Task.FromResult(log.Entries.Count(e => e.EventId.Id == DashboardOpened)), n => n == 1, "the dashboard's silo host to start", TimeSpan.FromSeconds(30));
    }
}
