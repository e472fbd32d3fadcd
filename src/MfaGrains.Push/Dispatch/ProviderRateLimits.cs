using System.Threading.RateLimiting;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Dispatch;

/// <summary>One token bucket per provider, so a retry storm cannot spend a provider's quota faster than it allows.</summary>
public sealed class ProviderRateLimits : IDisposable
{
    private readonly Dictionary<PushProvider, RateLimiter> _limiters;

    public ProviderRateLimits(PushDispatchOptions options)
    {
        _limiters = new Dictionary<PushProvider, RateLimiter>
        {
            [PushProvider.Fcm] = PerMinute(options.FcmMessagesPerMinute),
            [PushProvider.Apns] = PerMinute(options.ApnsMessagesPerMinute),
        };
    }

    public async ValueTask WaitForPermitAsync(PushProvider provider, CancellationToken cancellationToken)
    {
        using var lease = await _limiters[provider].AcquireAsync(1, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }

    // Refilled ten times a second so the quota is spread across the minute instead of spent in a burst.
    private static TokenBucketRateLimiter PerMinute(int messagesPerMinute) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, messagesPerMinute / 600),
        TokensPerPeriod = Math.Max(1, messagesPerMinute / 600),
        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}
