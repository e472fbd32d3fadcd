namespace MfaGrains.Load.Engine;

/// <summary>Counts iterations still running, so the run can wait for them (for a bounded time) before it reports.</summary>
public sealed class InFlight
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public void Enter() => Interlocked.Increment(ref count);

    public void Leave() => Interlocked.Decrement(ref count);

    /// <summary>Waits until nothing runs or <paramref name="timeout"/> passes; true when idle.</summary>
    public async Task<bool> WaitIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return Count == 0;
    }
}
