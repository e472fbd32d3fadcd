using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>
/// The domain clock of the test silos. Besides moving only when told, it reports each timer it hands out, so a test
/// can tell that a long-poll has started waiting before it acts: no sleeps, no guessing.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);

    private TaskCompletionSource _nextTimer = NewSignal();

    public TestClock()
        : base(Epoch)
    {
    }

    /// <summary>Completes when the next timer is created after this call: a grain has armed a wait on this clock.</summary>
    public Task NextTimer() => Volatile.Read(ref _nextTimer).Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Exchange(ref _nextTimer, NewSignal()).TrySetResult();
        return timer;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
