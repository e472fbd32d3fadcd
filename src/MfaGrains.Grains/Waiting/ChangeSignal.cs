namespace MfaGrains.Grains.Waiting;

/// <summary>Wakes every waiter of a grain activation when its state changes. Used only on the activation's own scheduler.</summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes the current wait and arms the next one.</summary>
    public void Notify()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    /// <summary>Waits for the next change or until <paramref name="deadline"/>; false when the deadline came first.</summary>
    public async Task<bool> WaitAsync(DateTimeOffset deadline, TimeProvider clock, CancellationToken cancellationToken)
    {
        var remaining = deadline - clock.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return false;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var changed = _changed.Task;
        var timeout = Task.Delay(remaining, clock, stop.Token);
        var first = await Task.WhenAny(changed, timeout);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == changed;
    }
}
