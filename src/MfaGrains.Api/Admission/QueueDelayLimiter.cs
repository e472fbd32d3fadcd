using System.Threading.RateLimiting;

namespace MfaGrains.Api.Admission;

/// <summary>
/// Refuses while the queue delay (<see cref="ThreadPoolQueueDelay"/>) is above <paramref name="maxDelay"/> (the engine's CPU is saturated, so
/// every request, a refusal included, already waits), else asks <paramref name="inner"/>. Keeping the queue short keeps
/// the answers of admitted sign-ins and the refusals themselves quick.
/// </summary>
public sealed class QueueDelayLimiter(RateLimiter inner, IQueueDelay delay, TimeSpan maxDelay) : RateLimiter
{
    private long _refused;

    public override TimeSpan? IdleDuration => null;

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
        if (delay.Current > maxDelay)
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
