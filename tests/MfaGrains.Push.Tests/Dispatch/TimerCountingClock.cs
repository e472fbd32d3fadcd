using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>A fake clock that counts the timers created on it and those that fired, so a test advances time only once a wait has begun.</summary>
public sealed class TimerCountingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _created;
    private int _fired;

    public TimerCountingClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public int TimersCreated => Volatile.Read(ref _created);

    /// <summary>Whether a one-shot timer (a retry delay, a wait for a rate permit) is set and has not fired yet.</summary>
    public bool HasPendingTimer => TimersCreated > Volatile.Read(ref _fired);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(
            s =>
            {
                Interlocked.Increment(ref _fired);
                callback(s);
            },
            state,
            dueTime,
            period);

        // Counted once set, so a test that sees it pending and advances the clock is sure to reach it.
        Interlocked.Increment(ref _created);
        return timer;
    }
}
