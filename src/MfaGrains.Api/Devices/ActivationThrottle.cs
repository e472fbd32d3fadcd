using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Throttles activation-code guessing with .NET's rate limiters, per client address and globally. Only wrong codes
/// spend permits, so a person typing their right code is never slowed by someone else's guesses on their address.
/// </summary>
public sealed class ActivationThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ActivationThrottle(IOptions<ActivationThrottleOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => Window(settings.PerAddressLimit, settings.PerAddressWindow))),
            PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetFixedWindowLimiter("all", _ => Window(settings.GlobalLimit, settings.GlobalWindow))));
    }

    /// <summary>Whether the address (or everyone) has run out of wrong guesses; spends nothing.</summary>
    public bool IsBlocked(string clientAddress, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(clientAddress, permitCount: 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return !lease.IsAcquired;
    }

    /// <summary>Spends one permit for a wrong code.</summary>
    public void RecordWrongCode(string clientAddress)
    {
        using var lease = _limiter.AttemptAcquire(clientAddress);
    }

    public void Dispose() => _limiter.Dispose();

    private static FixedWindowRateLimiterOptions Window(int limit, TimeSpan window) => new()
    {
        PermitLimit = limit,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
