namespace MfaGrains.Push.Dispatch;

/// <summary>
/// One provider's send-rate limit on the dispatcher's clock: up to a tenth of a second's quota at once, the rest spread
/// evenly across the minute. Called by its lane's pump only, so it needs no lock.
/// </summary>
internal sealed class SendRate
{
    private readonly TimeSpan _interval;
    private readonly TimeSpan _burst;
    private readonly TimeProvider _clock;

    // When the next send is due at the steady rate; sends may run up to _burst ahead of it.
    private DateTimeOffset _due;

    public SendRate(int messagesPerMinute, TimeProvider clock)
    {
        // Rounded up, so the rounding can never let more than the limit through.
        _interval = TimeSpan.FromTicks((TimeSpan.TicksPerMinute + messagesPerMinute - 1) / messagesPerMinute);
        _burst = _interval * (Math.Max(1, messagesPerMinute / 600) - 1);
        _clock = clock;
        _due = clock.GetUtcNow();
    }

    /// <summary>Waits until the limit allows one more send, and takes it.</summary>
    public async Task WaitForPermitAsync(CancellationToken cancellationToken)
    {
        while (TryTake() is { } wait)
        {
            await Task.Delay(wait, _clock, cancellationToken);
        }
    }

    /// <summary>Takes a permit and returns null, or returns how long until one is free.</summary>
    private TimeSpan? TryTake()
    {
        var now = _clock.GetUtcNow();
        var due = _due > now ? _due : now;
        var wait = due - _burst - now;
        if (wait > TimeSpan.Zero)
        {
            return wait;
        }

        _due = due + _interval;
        return null;
    }
}
