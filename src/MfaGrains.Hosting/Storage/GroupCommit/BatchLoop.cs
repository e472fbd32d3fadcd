using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>
/// Group commit's loop: one consumer takes everything waiting (up to a cap) and runs it as one batch. A lone item goes
/// at once; what arrives while a batch runs forms the next one, so batches grow with the load and never wait for company.
/// </summary>
internal sealed partial class BatchLoop<T> : IAsyncDisposable
    where T : class, IBatchItem
{
    private readonly Channel<T> _waiting = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string _operation;
    private readonly int _maxBatch;
    private readonly Func<IReadOnlyList<T>, Task> _run;
    private readonly GroupCommitMetrics _metrics;
    private readonly ILogger _logger;
    private readonly Task _loop;

    /// <param name="operation">What the batches do ("write", "read"), for logs and metrics.</param>
    /// <param name="maxBatch">The most items one batch takes.</param>
    /// <param name="run">Runs one batch and completes each of its items; if it throws, every item still open fails with the cause.</param>
    public BatchLoop(string operation, int maxBatch, Func<IReadOnlyList<T>, Task> run, GroupCommitMetrics metrics, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        (_operation, _maxBatch, _run, _metrics, _logger) = (operation, maxBatch, run, metrics, logger);
        _loop = Task.Run(RunAsync);
    }

    public void Enqueue(T item)
    {
        if (!_waiting.Writer.TryWrite(item))
        {
            item.Fail(new ObjectDisposedException(nameof(BatchLoop<T>), "The grain storage is shutting down."));
        }
    }

    /// <summary>Stops taking work and lets the waiting batches finish.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<T>(_maxBatch);
        var reader = _waiting.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            _metrics.BatchTaken(_operation, batch.Count);
            try
            {
                await _run(batch);
            }
            catch (Exception ex)
            {
                LogBatchFailed(ex, _operation, batch.Count);
                foreach (var item in batch)
                {
                    item.Fail(ex);
                }
            }

            batch.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A grain storage {Operation} batch of {Count} failed; each of its callers gets the error")]
    private partial void LogBatchFailed(Exception exception, string operation, int count);
}
