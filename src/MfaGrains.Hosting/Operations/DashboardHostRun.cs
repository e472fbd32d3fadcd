using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace MfaGrains.Hosting.Operations;

/// <summary>
/// One run of Orleans' dashboard host, from the dashboard opening to its closing. The host does two things at a silo's
/// start-up: as a hosted service it activates the dashboard's grains and reports the silo's versions, and as a silo
/// lifecycle participant it starts collecting counters. Here it joins a lifecycle of its own, started when the run
/// starts, and disposing of the host stops the collection.
/// </summary>
internal sealed class DashboardHostRun(IHostedService dashboardHost) : IHostedService, IAsyncDisposable
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var lifecycle = new StartOnlyLifecycle();
        ((ILifecycleParticipant<ISiloLifecycle>)dashboardHost).Participate(lifecycle);
        await lifecycle.StartAsync(cancellationToken);
        await dashboardHost.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => dashboardHost is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>A silo lifecycle that is already running: what joins it is started once, in stage order.</summary>
    private sealed class StartOnlyLifecycle : ISiloLifecycle
    {
        private readonly List<(int Stage, ILifecycleObserver Observer)> _observers = [];

        public int HighestCompletedStage => ServiceLifecycleStage.Active;

        public int LowestStoppedStage => int.MaxValue;

        public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
        {
            _observers.Add((stage, observer));
            return new Unsubscriber(_observers, (stage, observer));
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var (_, observer) in _observers.OrderBy(o => o.Stage).ToList())
            {
                await observer.OnStart(cancellationToken);
            }
        }

        private sealed class Unsubscriber(List<(int, ILifecycleObserver)> observers, (int, ILifecycleObserver) entry) : IDisposable
        {
            public void Dispose() => observers.Remove(entry);
        }
    }
}
