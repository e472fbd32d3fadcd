using System.Diagnostics;

namespace MfaGrains.Load.Engine;

/// <summary>Drives one phase: arrivals by the clock (open model) or looping copies (closed model).</summary>
public static class PhaseDrivers
{
    public static Task RunAsync(LoadPhase phase, IterationRunner iterations, CancellationToken stop) => phase switch
    {
        OpenPhase open => RunOpenAsync(open, iterations.Launch, stop),
        ClosedPhase closed => RunClosedAsync(closed, iterations.RunAsync, stop),
        _ => throw new NotSupportedException($"Unknown phase {phase.GetType().Name}."),
    };

    /// <summary>Launches the k-th arrival once the integral of the rate passes k-1, sleeping until the next one is due
    /// (not polling: each wake-up costs the runner CPU the engine beside it needs); a late wake-up launches every arrival
    /// that fell due, so the rate holds whatever the latency (no coordinated omission).</summary>
    public static async Task RunOpenAsync(OpenPhase phase, Action launch, CancellationToken stop)
    {
        var total = phase.Arrivals;
        var started = Stopwatch.GetTimestamp();
        long launched = 0;
        while (!stop.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var ended = elapsed >= phase.During;
            var due = ended ? total : Math.Min(total, (long)Math.Floor(phase.ArrivalsBy(elapsed)) + 1);
            for (; launched < due; launched++)
            {
                launch();
            }

            if (ended)
            {
                break;
            }

            await Task.Delay(launched < total ? UntilNext(phase, elapsed, launched) : Min(phase.During - elapsed, TimeSpan.FromMilliseconds(50)), CancellationToken.None);
        }
    }

    /// <summary>Keeps <see cref="ClosedPhase.Copies"/> iterations running until the phase's time is up; each copy finishes its last iteration.</summary>
    public static Task RunClosedAsync(ClosedPhase phase, Func<Task> iterate, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var copies = Enumerable.Range(0, phase.Copies).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && Stopwatch.GetElapsedTime(started) < phase.During)
            {
                await iterate();
            }
        }, CancellationToken.None));
        return Task.WhenAll(copies);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>About when arrival <paramref name="launched"/> + 1 falls due at the current rate: at least 1 ms, at most 50 ms
    /// (so a rising rate is picked up soon).</summary>
    private static TimeSpan UntilNext(OpenPhase phase, TimeSpan elapsed, long launched)
    {
        var rate = Math.Max(phase.RateAt(elapsed), 1e-9);
        var seconds = (launched - phase.ArrivalsBy(elapsed)) / rate;
        return TimeSpan.FromSeconds(Math.Clamp(seconds, 0.001, 0.05));
    }
}
