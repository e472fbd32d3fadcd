namespace MfaGrains.Api.Devices;

/// <summary>
/// One fixed-window counter of the activation throttle; taking, spending and giving back are atomic. A permit taken is
/// held while its code is checked, then spent (a wrong code) or given back (a right one).
/// </summary>
public sealed class ThrottleWindow(int limit, TimeSpan length)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _start = DateTimeOffset.MinValue;
    private int _taken;
    private int _spent;

    /// <summary>Takes a permit in the window holding <paramref name="now"/>; false with the time until the next window when none is left.</summary>
    public bool TryTake(DateTimeOffset now, out DateTimeOffset window, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            if (now - _start >= length)
            {
                _start = now;
                _taken = 0;
                _spent = 0;
            }

            window = _start;
            retryAfter = _start + length - now;
            if (_taken >= limit)
            {
                return false;
            }

            _taken++;
            return true;
        }
    }

    /// <summary>Keeps a permit taken in <paramref name="window"/> for good: its code was wrong.</summary>
    public void Spend(DateTimeOffset window)
    {
        lock (_lock)
        {
            if (_start == window)
            {
                _spent++;
            }
        }
    }

    /// <summary>
    /// Whether the window still has permits that are only held by codes being checked, so a refusal now may turn
    /// into a permit as soon as those checks end.
    /// </summary>
    public bool HasHeldPermits(DateTimeOffset now)
    {
        lock (_lock)
        {
            return now - _start < length && _spent < limit;
        }
    }

    /// <summary>Returns a permit taken in <paramref name="window"/>, unless that window has already ended.</summary>
    public void GiveBack(DateTimeOffset window)
    {
        lock (_lock)
        {
            if (_start == window && _taken > 0)
            {
                _taken--;
            }
        }
    }

    /// <summary>Whether the window has ended, so the counter holds nothing worth keeping.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_lock)
        {
            return now - _start >= length;
        }
    }
}
