using System.Threading.Channels;

namespace MfaGrains.Push.Dispatch;

/// <summary>One provider's waiting pushes: first attempts (bounded) are always taken before retries. One reader: its lane's pump.</summary>
internal sealed class PushLaneQueue(int firstAttemptCapacity) : IDisposable
{
    private readonly Channel<PushJob> _firstAttempts = Channel.CreateBounded<PushJob>(firstAttemptCapacity);
    private readonly Channel<PushJob> _retries = Channel.CreateUnbounded<PushJob>();

    // Counts the jobs of both channels: one wait covers both and is settled by the job it waits for, so nothing piles up.
    private readonly SemaphoreSlim _queued = new(0);

    public int FirstAttempts => _firstAttempts.Reader.Count;

    public int Retries => _retries.Reader.Count;

    /// <summary>Queues a first attempt, or returns false when <c>QueueCapacity</c> of them already wait.</summary>
    public bool TryAddFirstAttempt(PushJob job)
    {
        if (!_firstAttempts.Writer.TryWrite(job))
        {
            return false;
        }

        _queued.Release();
        return true;
    }

    public void AddRetry(PushJob job)
    {
        _retries.Writer.TryWrite(job);
        _queued.Release();
    }

    /// <summary>Waits until a job is queued and reserves it for the next <see cref="TakeNext"/>.</summary>
    public Task WaitForJobAsync(CancellationToken cancellationToken) => _queued.WaitAsync(cancellationToken);

    /// <summary>The oldest first attempt, else the oldest retry; there is one, since the single reader reserved it.</summary>
    public PushJob TakeNext() =>
        _firstAttempts.Reader.TryRead(out var job) || _retries.Reader.TryRead(out job)
            ? job
            : throw new InvalidOperationException("A reserved push job was missing from its lane.");

    public void Dispose() => _queued.Dispose();
}
