using System.Collections.Concurrent;
using System.Diagnostics;
using MfaGrains.Api.Http;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Throttles activation-code guessing per client address bucket and for this API instance as a whole, in fixed windows.
/// A permit is reserved before the code is checked, atomically, and given back when the code was right, so however many
/// guesses race, at most the limit of them are answered as wrong codes, and a right code never spends anything. When
/// the permits left are only held by codes still being checked, a request waits for those checks instead of being
/// refused, so phones enrolling at once behind one address (a ward's NAT) all get through.
/// </summary>
public sealed class ActivationThrottle
{
    // Expired windows are swept out once this many addresses are held, so the map holds about one window's addresses.
    private const int SweepThreshold = 10_000;

    // A check takes milliseconds; the wait is real time (not the domain clock), bounded so a stuck check cannot hold
    // requests for long.
    private static readonly TimeSpan HeldPoll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxWaitForHeld = TimeSpan.FromSeconds(5);

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

    /// <summary>
    /// Reserves one wrong guess for <paramref name="addressBucket"/>, waiting while the permits left are only held by
    /// checks in flight; null (with when to retry) when it or everyone has none left.
    /// </summary>
    public async Task<(ThrottleReservation? Reservation, TimeSpan RetryAfter)> ReserveAsync(string addressBucket, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var reservation = TryReserve(addressBucket, out var retryAfter, out var onlyHeld);
            if (reservation is not null || !onlyHeld || waited.Elapsed >= MaxWaitForHeld)
            {
                return (reservation, retryAfter);
            }

            await Task.Delay(HeldPoll, cancellationToken);
        }
    }

    private ThrottleReservation? TryReserve(string addressBucket, out TimeSpan retryAfter, out bool onlyHeld)
    {
        var now = _clock.GetUtcNow();
        if (_addresses.Count > SweepThreshold)
        {
            Sweep(now);
        }

        var address = _addresses.GetOrAdd(addressBucket, _ => new ThrottleWindow(_options.PerAddressLimit, _options.PerAddressWindow));
        if (!address.TryTake(now, out var addressWindow, out retryAfter))
        {
            onlyHeld = address.HasHeldPermits(now);
            return null;
        }

        if (!_everyone.TryTake(now, out var everyoneWindow, out retryAfter))
        {
            address.GiveBack(addressWindow);
            onlyHeld = _everyone.HasHeldPermits(now);
            return null;
        }

        onlyHeld = false;
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
