using System.Threading.RateLimiting;

namespace MfaGrains.Api.Admission;

/// <summary>
/// A check in front of another limiter: while <see cref="Admits"/> says no, a new sign-in is refused at once (no queue,
/// nothing acquired), else <paramref name="inner"/> decides. Its refusals count in the statistics with the inner ones.
/// </summary>
public abstract class AdmissionGate(RateLimiter inner) : RateLimiter
{
    private long _refused;

    public override TimeSpan? IdleDuration => null;

    /// <summary>Whether this arrival may go on to the inner limiter; called once per arrival.</summary>
    protected abstract bool Admits();

    public override RateLimiterStatistics? GetStatistics()
    {
        var statistics = inner.GetStatistics();
        return statistics is null ? null : new RateLimiterStatistics
        {
            CurrentAvailablePermits = statistics.CurrentAvailablePermits,
            CurrentQueuedCount = statistics.CurrentQueuedCount,
            TotalSuccessfulLeases = statistics.TotalSuccessfulLeases,
            TotalFailedLeases = statistics.TotalFailedLeases + Interlocked.Read(ref _refused),
        };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (!Admits())
        {
            Interlocked.Increment(ref _refused);
            return RefusedLease.Instance;
        }

        return inner.AttemptAcquire(permitCount);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
