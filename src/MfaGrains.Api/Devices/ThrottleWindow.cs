namespace MfaGrains.Api.Devices;

/// <summary>One fixed-window counter of the activation throttle; taking and giving back are atomic.</summary>
public sealed class ThrottleWindow(int limit, TimeSpan length)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _start = DateTimeOffset.MinValue;
    private int _taken;

    /// <summary>Takes a permit in the window holding <paramref name="now"/>; false with the time until the next window when none is left.</summary>
    public bool TryTake(DateTimeOffset now, out DateTimeOffset window, out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            if (now - _start >= length)
            {
                _start = now;
                _taken = 0;
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
