using MfaGrains.Api.Admission;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Api.Tests.Admission;

/// <summary>The admission limit holds under concurrency and follows issue latency: slow issues lower it, fast ones raise it back.</summary>
public sealed class AdaptiveConcurrencyLimiterTests
{
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(250);
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void At_the_limit_the_next_request_is_refused_until_one_finishes()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(1, 3, Target, _clock);
        var admitted = Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire()).ToList();

        using var refused = limiter.AttemptAcquire();

        Assert.All(admitted, lease => Assert.True(lease.IsAcquired));
        Assert.False(refused.IsAcquired);
        admitted[0].Dispose();
        admitted[0].Dispose();
        using var next = limiter.AttemptAcquire();
        Assert.True(next.IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public void Concurrent_callers_never_exceed_the_limit()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(8, 8, Target, _clock);

        var leases = Enumerable.Range(0, 1000).AsParallel().Select(_ => limiter.AttemptAcquire()).ToList();

        Assert.Equal(8, leases.Count(lease => lease.IsAcquired));
    }

    [Fact]
    public void Slow_issues_lower_the_limit_to_the_minimum_and_fast_ones_raise_it_back()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(4, 64, Target, _clock);
        for (var i = 0; i < 100; i++)
        {
            var lease = limiter.AttemptAcquire();
            _clock.Advance(TimeSpan.FromSeconds(1));
            lease.Dispose();
        }

        Assert.Equal(4, limiter.Limit);

        for (var i = 0; i < 5000 && limiter.Limit < 64; i++)
        {
            var lease = limiter.AttemptAcquire();
            _clock.Advance(TimeSpan.FromMilliseconds(10));
            lease.Dispose();
        }

        Assert.Equal(64, limiter.Limit);
    }

    [Fact]
    public void A_burst_of_slow_issues_finishing_together_lowers_the_limit_once()
    {
        using var limiter = new AdaptiveConcurrencyLimiter(4, 64, Target, _clock);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var burst = Enumerable.Range(0, 30).Select(_ => limiter.AttemptAcquire()).ToList();
        _clock.Advance(TimeSpan.FromSeconds(1));

        burst.ForEach(lease => lease.Dispose());

        Assert.Equal(57, limiter.Limit);
    }
}
