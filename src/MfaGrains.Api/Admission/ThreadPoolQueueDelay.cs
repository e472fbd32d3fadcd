using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Admission;

/// <summary>
/// How long work waits in the thread pool's global queue before a thread picks it up, sampled every
/// <see cref="Interval"/>: a new request and every grain turn wait there, so a delay that grows means the engine's CPU is
/// saturated, whatever the cause of slow requests otherwise (a cold grain reading storage waits on I/O, not here).
/// </summary>
public sealed class ThreadPoolQueueDelay(TimeProvider clock, IOptions<AdmissionOptions> options) : BackgroundService, IQueueDelay
{
    /// <summary>Between samples; a sample still waiting counts as a delay already.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private long _waitingSince;
    private long _lastDelayTicks;

    /// <summary>The last sample's delay, or longer while a sample is still waiting for a thread.</summary>
    public TimeSpan Current
    {
        get
        {
            var last = TimeSpan.FromTicks(Volatile.Read(ref _lastDelayTicks));
            var waitingSince = Volatile.Read(ref _waitingSince);
            if (waitingSince == 0)
            {
                return last;
            }

            var waiting = clock.GetElapsedTime(waitingSince);
            return waiting > last ? waiting : last;
        }
    }

    /// <summary>Queues one sample on the global queue (not this thread's local one, which a busy pool would skip) and
    /// completes when a thread has run it.</summary>
    public Task SampleAsync()
    {
        var sampled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queued = clock.GetTimestamp();
        Volatile.Write(ref _waitingSince, queued);
        ThreadPool.UnsafeQueueUserWorkItem(
            state =>
            {
                Volatile.Write(ref _lastDelayTicks, clock.GetElapsedTime(queued).Ticks);
                Volatile.Write(ref _waitingSince, 0);
                state.TrySetResult();
            },
            sampled,
            preferLocal: false);
        return sampled.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Sampling wakes a thread 100 times a second; nothing reads it unless the limit is on.
        if (!options.Value.Enabled || options.Value.MaxQueueDelay == TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SampleAsync();
        }
    }
}
