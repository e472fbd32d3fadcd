using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Dispatch;

/// <summary>
/// One provider's share of the dispatcher: its own queue, send-rate limit and send slots, drained by one pump, so one
/// provider's spent quota or outage never holds up the other's pushes.
/// </summary>
internal sealed class PushLane : IDisposable
{
    private readonly int _maxConcurrency;
    private readonly SendRate _rate;
    private readonly SemaphoreSlim _slots;

    public PushLane(IPushSender sender, PushDispatchOptions options, TimeProvider clock)
    {
        Sender = sender;
        Jobs = new PushLaneQueue(options.QueueCapacity);
        _maxConcurrency = options.MaxConcurrency;
        _rate = new SendRate(sender.Provider == PushProvider.Apns ? options.ApnsMessagesPerMinute : options.FcmMessagesPerMinute, clock);
        _slots = new SemaphoreSlim(options.MaxConcurrency);
    }

    public IPushSender Sender { get; }

    public PushLaneQueue Jobs { get; }

    /// <summary>
    /// Starts sends until stopped, then waits for those in flight. A job is chosen only once a slot and a rate permit are
    /// held, so the permit goes to whichever job is best at that moment: a first attempt that came in meanwhile beats a retry.
    /// </summary>
    public async Task RunAsync(Func<PushJob, CancellationToken, Task> attempt, CancellationToken stoppingToken)
    {
        var holdsSlot = false;
        try
        {
            while (true)
            {
                await Jobs.WaitForJobAsync(stoppingToken);
                await _slots.WaitAsync(stoppingToken);
                holdsSlot = true;
                await _rate.WaitForPermitAsync(stoppingToken);
                holdsSlot = false;
                _ = SendInSlotAsync(attempt, Jobs.TakeNext(), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (holdsSlot)
            {
                _slots.Release();
            }
        }

        // Every slot back means every send has ended.
        for (var i = 0; i < _maxConcurrency; i++)
        {
            await _slots.WaitAsync(CancellationToken.None);
        }
    }

    public void Dispose()
    {
        Jobs.Dispose();
        _slots.Dispose();
    }

    private async Task SendInSlotAsync(Func<PushJob, CancellationToken, Task> attempt, PushJob job, CancellationToken stoppingToken)
    {
        try
        {
            await attempt(job, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the push dies with the process; its challenge stays answerable by pull.
        }
        finally
        {
            _slots.Release();
        }
    }
}
