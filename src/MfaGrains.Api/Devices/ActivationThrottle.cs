using System.Collections.Concurrent;
using MfaGrains.Api.Http;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Throttles activation-code guessing per client address bucket and for this API instance as a whole, in fixed windows.
/// A permit is reserved before the code is checked, atomically, and given back when the code was right, so however many
/// guesses race, at most the limit of them are answered as wrong codes, and a right code never spends anything.
/// </summary>
public sealed class ActivationThrottle
{
    // Expired windows are swept out once this many addresses are held, so the map holds about one window's addresses.
    private const int SweepThreshold = 10_000;

    private readonly ActivationThrottleOptions _options;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, ThrottleWindow> _addresses = new(StringComparer.Ordinal);
    private readonly ThrottleWindow _everyone;

    public ActivationThrottle(IOptions<ActivationThrottleOptions> options, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _everyone = new ThrottleWindow(_options.GlobalLimit, _options.GlobalWindow);
    }

    /// <summary>Reserves one wrong guess for <paramref name="addressBucket"/>; null (with when to retry) when it or everyone has none left.</summary>
    public ThrottleReservation? TryReserve(string addressBucket, out TimeSpan retryAfter)
    {
        var now = _clock.GetUtcNow();
        if (_addresses.Count > SweepThreshold)
        {
            Sweep(now);
        }

        var address = _addresses.GetOrAdd(addressBucket, _ => new ThrottleWindow(_options.PerAddressLimit, _options.PerAddressWindow));
        if (!address.TryTake(now, out var addressWindow, out retryAfter))
        {
            return null;
        }

        if (!_everyone.TryTake(now, out var everyoneWindow, out retryAfter))
        {
            address.GiveBack(addressWindow);
            return null;
        }

        return new ThrottleReservation(address, addressWindow, _everyone, everyoneWindow);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, window) in _addresses)
        {
            if (window.IsIdle(now))
            {
                _addresses.TryRemove(new KeyValuePair<string, ThrottleWindow>(key, window));
            }
        }
    }
}
