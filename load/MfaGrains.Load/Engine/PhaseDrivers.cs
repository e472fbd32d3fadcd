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

    /// <summary>Launches the k-th arrival once the integral of the rate passes k-1, checking about every millisecond;
    /// a late wake-up launches every arrival that fell due, so the rate holds whatever the latency (no coordinated omission).</summary>
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

            await Task.Delay(launched < total ? TimeSpan.FromMilliseconds(1) : Min(phase.During - elapsed, TimeSpan.FromMilliseconds(50)), CancellationToken.None);
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
}
