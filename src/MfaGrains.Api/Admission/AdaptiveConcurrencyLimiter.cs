using System.Threading.RateLimiting;

namespace MfaGrains.Api.Admission;

/// <summary>
/// A concurrency limiter with no queue whose limit follows latency (additive increase, multiplicative decrease): each
/// admitted request that finishes within the target raises the limit by 1/limit, one that takes longer cuts it by a
/// tenth (at most once per target interval, so one slow burst counts once). When the engine saturates, issues slow
/// down and fewer are admitted, until those admitted finish within the target again.
/// </summary>
public sealed class AdaptiveConcurrencyLimiter(int minLimit, int maxLimit, TimeSpan target, TimeProvider clock) : RateLimiter
{
    private readonly Lock _gate = new();
    private double _limit = maxLimit;
    private int _inFlight;
    private long _lastDecrease;
    private long _admitted;
    private long _refused;

    /// <summary>The current limit, between the configured minimum and maximum.</summary>
    public int Limit
    {
        get
        {
            lock (_gate)
            {
                return (int)_limit;
            }
        }
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Math.Max(0, (int)_limit - _inFlight),
                TotalSuccessfulLeases = _admitted,
                TotalFailedLeases = _refused,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        lock (_gate)
        {
            if (_inFlight >= (int)_limit)
            {
                _refused++;
                return RefusedLease.Instance;
            }

            _inFlight++;
            _admitted++;
        }

        return new Lease(this, clock.GetTimestamp());
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Release(long started)
    {
        var now = clock.GetTimestamp();
        var slow = clock.GetElapsedTime(started, now) > target;
        lock (_gate)
        {
            _inFlight--;
            if (!slow)
            {
                _limit = Math.Min(maxLimit, _limit + (1 / _limit));
            }
            else if (clock.GetElapsedTime(_lastDecrease, now) >= target)
            {
                _limit = Math.Max(minLimit, _limit * 0.9);
                _lastDecrease = now;
            }
        }
    }

    private sealed class Lease(AdaptiveConcurrencyLimiter owner, long started) : RateLimitLease
    {
        private int _released;

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(started);
            }

            base.Dispose(disposing);
        }
    }
}
