using System.Threading.RateLimiting;
using MfaGrains.Api.Admission;

namespace MfaGrains.Api.Tests.Admission;

/// <summary>The queue-delay bound refuses while the engine's CPU is saturated and otherwise leaves the decision to the in-flight limit.</summary>
public sealed class QueueDelayLimiterTests
{
    private static readonly TimeSpan Max = TimeSpan.FromMilliseconds(10);
    private readonly SettableQueueDelay _delay = new();

    [Fact]
    public void A_queue_longer_than_the_bound_refuses_even_with_places_free_and_a_short_one_admits_again()
    {
        using var limiter = new QueueDelayLimiter(new ConcurrencyLimiter(new() { PermitLimit = 8, QueueLimit = 0 }), _delay, Max);

        _delay.Current = TimeSpan.FromMilliseconds(11);
        using var refused = limiter.AttemptAcquire();
        _delay.Current = Max;
        using var admitted = limiter.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.True(admitted.IsAcquired);
        Assert.Equal((1, 1), (limiter.GetStatistics()!.TotalSuccessfulLeases, limiter.GetStatistics()!.TotalFailedLeases));
    }

    [Fact]
    public void With_a_short_queue_the_in_flight_limit_still_holds()
    {
        using var limiter = new QueueDelayLimiter(new ConcurrencyLimiter(new() { PermitLimit = 1, QueueLimit = 0 }), _delay, Max);

        using var first = limiter.AttemptAcquire();
        using var second = limiter.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
    }

    /// <summary>A queue delay the test sets.</summary>
    internal sealed class SettableQueueDelay : IQueueDelay
    {
        public TimeSpan Current { get; set; }
    }
}
