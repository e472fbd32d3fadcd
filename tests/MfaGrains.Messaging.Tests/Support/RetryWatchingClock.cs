using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Messaging.Tests.Support;

/// <summary>
/// The test's fake clock, which also reports every short timer created on it: the resilience pipeline's retry back-off, as
/// opposed to its 10 s and 20 s timeouts. A test advances time only once a back-off has begun, so nothing depends on real time.
/// </summary>
internal sealed class RetryWatchingClock() : FakeTimeProvider(TestClock.Start)
{
    /// <summary>Longer than any back-off the senders use, shorter than their attempt timeout.</summary>
    public static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(5);

    private readonly Channel<TimeSpan> _backOffs = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>Each back-off's length, as it begins.</summary>
    public ChannelReader<TimeSpan> BackOffs => _backOffs.Reader;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime < LongestBackOff)
        {
            _backOffs.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Runs <paramref name="send"/>, ending each back-off as it begins (and calling <paramref name="duringBackOff"/> first), until it completes.</summary>
    public async Task<T> CompleteWithBackOffsAsync<T>(Task<T> send, List<TimeSpan> backOffs, Func<Task>? duringBackOff = null)
    {
        while (true)
        {
            var next = BackOffs.WaitToReadAsync().AsTask();
            if (await Task.WhenAny(send, next).WaitAsync(Deadline.Step) == send)
            {
                return await send;
            }

            while (BackOffs.TryRead(out var backOff))
            {
                backOffs.Add(backOff);
                if (duringBackOff is not null)
                {
                    await duringBackOff();
                }

                Advance(LongestBackOff);
            }
        }
    }
}
