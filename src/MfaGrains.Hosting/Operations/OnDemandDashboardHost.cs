using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Hosting.Operations;

/// <summary>
/// Runs the Orleans dashboard's silo host only while someone has the dashboard open. That host collects every Orleans
/// instrument each second, and two of them (the activation count and the directory cache's size) walk every
/// activation and every cache entry to answer: with 50,000 active users the closed dashboard cost 6 % of a core
/// (docs/benchmarks.md). "Open" is the dashboard's own switch: its grain turns every silo's profiler on at the first
/// query and off once nobody has asked for the profiler's idle timeout; this follows it, checked every
/// <see cref="CheckInterval"/>.
/// </summary>
internal sealed partial class OnDemandDashboardHost(
    Func<IHostedService> createHost, Func<bool> isOpen, TimeProvider clock, ILogger<OnDemandDashboardHost> logger) : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _switching = new(1, 1);

    // From construction rather than in ExecuteAsync, which .NET 10 starts on the thread pool: no check is skipped meanwhile.
    private readonly PeriodicTimer _checks = new(CheckInterval, clock);

    private IHostedService? _host;

    public bool IsRunning => _host is not null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _checks.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Follow(isOpen(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The dashboard is for looking; a failure to start or stop its host must not stop the engine.
                LogSwitchFailed(logger, exception);
            }
        }
    }

    /// <summary>Starts the dashboard's host when it is open and not running, and stops it when it is closed and running.</summary>
    public async Task Follow(bool open, CancellationToken cancellationToken)
    {
        await _switching.WaitAsync(cancellationToken);
        try
        {
            if (open && _host is null)
            {
                var host = createHost();
                try
                {
                    await host.StartAsync(cancellationToken);
                }
                catch
                {
                    // Half started (its counter collection may be running): stopped, or the next attempt would add another.
                    await StopHost(host, cancellationToken);
                    throw;
                }

                _host = host;
                LogStarted(logger);
            }
            else if (!open && _host is { } running)
            {
                _host = null;
                await StopHost(running, cancellationToken);
                LogStopped(logger);
            }
        }
        finally
        {
            _switching.Release();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Follow(open: false, cancellationToken);
    }

    public override void Dispose()
    {
        _checks.Dispose();
        _switching.Dispose();
        base.Dispose();
    }

    private static async Task StopHost(IHostedService host, CancellationToken cancellationToken)
    {
        await host.StopAsync(cancellationToken);
        if (host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Dashboard opened: its silo host collects Orleans' counters until it is closed")]
    private static partial void LogStarted(ILogger logger);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Dashboard closed: its silo host is stopped")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "The dashboard's silo host could not be started or stopped; tried again shortly")]
    private static partial void LogSwitchFailed(ILogger logger, Exception exception);
}
