using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>
/// The domain clock of the test silos. Besides moving only when told, it reports the timers it hands out, so a test
/// can tell that a long-poll has started waiting before it acts: no sleeps, no guessing.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 29, 7, 0, 0, TimeSpan.Zero);

    private readonly List<(TimeSpan DueTime, TaskCompletionSource Armed)> _watches = [];

    public TestClock()
        : base(Epoch)
    {
    }

    /// <summary>Moves the clock forward to <paramref name="when"/>; a clock already past it stays put (it is shared by the collection).</summary>
    public void AdvanceTo(DateTimeOffset when)
    {
        if (when > GetUtcNow())
        {
            SetUtcNow(when);
        }
    }

    /// <summary>Completes when a timer due in <paramref name="dueTime"/> is created after this call: a grain has armed that wait.</summary>
    public Task NextTimer(TimeSpan dueTime)
    {
        var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_watches)
        {
            _watches.Add((dueTime, armed));
        }

        return armed.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource> armed;
        lock (_watches)
        {
            armed = _watches.Where(w => w.DueTime == dueTime).Select(w => w.Armed).ToList();
            _watches.RemoveAll(w => w.DueTime == dueTime);
        }

        armed.ForEach(a => a.TrySetResult());
        return timer;
    }
}
