using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Hosting.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Grains.Tests.Operations;

/// <summary>The dashboard's silo host follows the dashboard's open switch, checked on the host's clock, and a failure stops nothing.</summary>
public sealed class OnDemandDashboardHostTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly List<RecordingHost> _hosts = [];
    private bool _open;
    private bool _failToStart;

    [Fact]
    public async Task It_starts_the_host_once_the_dashboard_opens_and_stops_and_disposes_it_once_it_closes()
    {
        using var onDemand = NewOnDemandHost();
        await onDemand.StartAsync(CancellationToken.None);

        await Tick();
        Assert.Empty(_hosts);

        _open = true;
        await Tick();
        await Deadline.Until(() => Task.FromResult(onDemand.IsRunning), running => running, "the host to start");
        await Tick();
        var host = Assert.Single(_hosts);

        _open = false;
        await Tick();
        await Deadline.Until(() => Task.FromResult(onDemand.IsRunning), running => !running, "the host to stop");
        Assert.Equal((true, true, true), (host.Started, host.Stopped, host.Disposed));

        _open = true;
        await Tick();
        await Deadline.Until(() => Task.FromResult(_hosts.Count), count => count == 2, "a new host for the next opening");
        await onDemand.StopAsync(CancellationToken.None);
        Assert.True(_hosts[1].Stopped && _hosts[1].Disposed, "the host stops with the engine");
    }

    [Fact]
    public async Task A_host_that_fails_to_start_is_tried_again_at_the_next_check()
    {
        using var onDemand = NewOnDemandHost();
        await onDemand.StartAsync(CancellationToken.None);
        _open = true;
        _failToStart = true;

        await Tick();
        await Deadline.Until(() => Task.FromResult(_hosts.Count), count => count == 1, "the first attempt");
        Assert.False(onDemand.IsRunning);
        await Deadline.Until(() => Task.FromResult(_hosts[0].Disposed), disposed => disposed, "the failed host to be disposed of");

        _failToStart = false;
        await Tick();
        await Deadline.Until(() => Task.FromResult(onDemand.IsRunning), running => running, "the second attempt to start");
        await onDemand.StopAsync(CancellationToken.None);
    }

    private OnDemandDashboardHost NewOnDemandHost() => new(
        () =>
        {
            var host = new RecordingHost(_failToStart);
            _hosts.Add(host);
            return host;
        },
        () => _open,
        _clock,
        NullLogger<OnDemandDashboardHost>.Instance);

    /// <summary>One check interval on the clock, then a yield so the check that tick releases can run.</summary>
    private async Task Tick()
    {
        _clock.Advance(OnDemandDashboardHost.CheckInterval);
        await Task.Yield();
    }

    private sealed class RecordingHost(bool failToStart) : IHostedService, IAsyncDisposable
    {
        public bool Started { get; private set; }

        public bool Stopped { get; private set; }

        public bool Disposed { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Started = !failToStart;
            return failToStart ? Task.FromException(new InvalidOperationException("the dashboard's host failed to start")) : Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Stopped = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
