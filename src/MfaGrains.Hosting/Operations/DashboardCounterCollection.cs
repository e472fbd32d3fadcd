using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace MfaGrains.Hosting.Operations;

/// <summary>
/// The counter collection of Orleans' dashboard host. That host starts it when it joins the silo's lifecycle; here it
/// joins a lifecycle of its own, started when the dashboard opens, and disposing of the host stops it.
/// </summary>
internal sealed class DashboardCounterCollection(ILifecycleParticipant<ISiloLifecycle> dashboardHost) : IHostedService, IAsyncDisposable
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var lifecycle = new StartOnlyLifecycle();
        dashboardHost.Participate(lifecycle);
        await lifecycle.StartAsync(cancellationToken);
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
