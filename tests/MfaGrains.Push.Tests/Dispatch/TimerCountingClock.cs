using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Push.Tests.Dispatch;

/// <summary>A fake clock that counts the timers created on it, so a test advances time only once a wait has begun.</summary>
public sealed class TimerCountingClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private int _timers;

    public int TimersCreated => Volatile.Read(ref _timers);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timers);
        return timer;
    }
}
