using MfaGrains.Grains.Audit.Log;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>One database's two group-commit loops: the writes waiting at one moment, and the reads.</summary>
internal sealed class StateBatches : IStateRows, IAsyncDisposable, IDisposable
{
    private readonly BatchLoop<PendingWrite> _writes;
    private readonly BatchLoop<PendingRead> _reads;

    public StateBatches(IStateRowStore store, IOptions<StorageOptions> options, GroupCommitMetrics metrics, ILogger<StateBatches> logger)
    {
        var cap = options.Value.MaxBatchSize;
        _writes = new BatchLoop<PendingWrite>("write", cap, async batch =>
        {
            var versions = await store.WriteBatchAsync(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Complete(versions[i]);
            }
        }, metrics, logger);
        _reads = new BatchLoop<PendingRead>("read", cap, async batch =>
        {
            var rows = await store.ReadBatchAsync(batch.Select(r => r.Key).ToList());
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Complete(rows[i]);
            }
        }, metrics, logger);
    }

    /// <summary>Completes once the write's batch has committed.</summary>
    public Task<int?> WriteAsync(StateRowKey key, int? expectedVersion, byte[]? payload, IReadOnlyList<AuditRecord> audit)
    {
        var write = new PendingWrite(key, expectedVersion, payload, audit);
        _writes.Enqueue(write);
        return write.Done;
    }

    /// <summary>Completes once the read's batch has run.</summary>
    public Task<StoredState?> ReadAsync(StateRowKey key)
    {
        var read = new PendingRead(key);
        _reads.Enqueue(read);
        return read.Done;
    }

    public async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync();
        await _reads.DisposeAsync();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
