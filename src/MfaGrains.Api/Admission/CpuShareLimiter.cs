using System.Threading.RateLimiting;

namespace MfaGrains.Api.Admission;

/// <summary>
/// Holds this process's CPU near <paramref name="target"/> of its cores by admitting only a share of new sign-ins: every
/// <see cref="Interval"/> it reads the process's CPU time, and cuts the share while the CPU was busier than the target and
/// raises it while it was not. A saturated core queues every request in the kernel and behind busy threads, refusals
/// included, where no limit inside the pipeline sees it; kept just below saturation, the engine answers refusals and the
/// admitted sign-ins' next steps at once. Admitted ones still ask <paramref name="inner"/>.
/// </summary>
/// <param name="cpuTime">The process's CPU time so far (user + system), e.g. <see cref="Environment.CpuUsage"/>.</param>
/// <param name="processorCount">The cores this process may use (<see cref="Environment.ProcessorCount"/> follows affinity and quotas).</param>
public sealed class CpuShareLimiter(RateLimiter inner, TimeProvider clock, Func<TimeSpan> cpuTime, int processorCount, double target) : AdmissionGate(inner)
{
    /// <summary>Between CPU readings: long enough to average over a few GC pauses, short enough to follow a surge's start.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>The least share admitted, so the limiter keeps seeing what admitted work costs.</summary>
    public const double MinShare = 0.02;

    private readonly Lock _lock = new();
    private long _readAt = clock.GetTimestamp();
    private TimeSpan _cpuAtRead = cpuTime();
    private double _share = 1;

    /// <summary>
    /// Admissions owed: each arrival adds the share, each admission spends one, so a share of 0.25 admits every fourth. It
    /// never exceeds two, so a raised share admits no burst.
    /// </summary>
    private double _credit = 1;

    /// <summary>The share of new sign-ins admitted now.</summary>
    public double Share
    {
        get
        {
            lock (_lock)
            {
                return _share;
            }
        }
    }

    protected override bool Admits()
    {
        lock (_lock)
        {
            Follow();
            _credit += _share;
            if (_credit < 1)
            {
                return false;
            }

            _credit -= 1;
            return true;
        }
    }

    /// <summary>Once an interval has passed, moves the share toward what would have held the CPU at the target.</summary>
    private void Follow()
    {
        var elapsed = clock.GetElapsedTime(_readAt);
        if (elapsed < Interval)
        {
            return;
        }

        var cpu = cpuTime();
        var busy = (cpu - _cpuAtRead) / (elapsed * processorCount);
        _readAt = clock.GetTimestamp();
        _cpuAtRead = cpu;

        // The CPU a sign-in costs is about the same from one to the next, so the share that meets the target is the share
        // now scaled by target / busy; the steps are bounded because admitted sign-ins' later requests lag their issue.
        var step = busy <= 0 ? 1.25 : Math.Clamp(target / busy, 0.5, 1.25);
        if (busy >= target)
        {
            _share = Math.Max(_share * step, MinShare);
            return;
        }

        // Quiet for several intervals (no arrival read the CPU meanwhile): a step for each, so the next surge does not
        // start at the last one's share.
        var intervals = Math.Min(elapsed / Interval, 100);
        _share = Math.Min(_share * Math.Pow(step, intervals) + MinShare * intervals, 1);
    }
}
