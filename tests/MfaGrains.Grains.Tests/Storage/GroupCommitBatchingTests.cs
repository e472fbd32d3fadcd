using System.Diagnostics.Metrics;
using MfaGrains.Grains.Audit.Log;
using MfaGrains.Hosting.Storage;
using MfaGrains.Hosting.Storage.GroupCommit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>How the group-commit loops form batches and answer their callers, against a store that records each batch.</summary>
public sealed class GroupCommitBatchingTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly GatedStore _store = new();
    private readonly StateBatches _batches;

    public GroupCommitBatchingTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _batches = new StateBatches(
            _store, Microsoft.Extensions.Options.Options.Create(new StorageOptions { MaxBatchSize = 4 }), new GroupCommitMetrics(meters), NullLogger<StateBatches>.Instance);
    }

    [Fact]
    public async Task A_lone_write_goes_at_once_and_what_arrives_during_its_commit_forms_the_next_batch()
    {
        using var batchSizes = new MetricCollector<int>(
            _services.GetRequiredService<IMeterFactory>(), Grains.Metrics.MfaGrainsMetrics.MeterName, "mfagrains.storage.batch_size");
        var lone = Write(0);
        var firstBatch = await _store.NextBatchAsync();
        Assert.Single(firstBatch);

        var later = Enumerable.Range(1, 3).Select(Write).ToList();
        Assert.False(lone.IsCompleted, "a write completes only once its batch has committed");
        _store.Commit();
        Assert.Equal(1, await lone);

        Assert.Equal(3, (await _store.NextBatchAsync()).Count);
        _store.Commit();
        Assert.All(await Task.WhenAll(later), version => Assert.Equal(1, version));
        Assert.Equal([1, 3], batchSizes.GetMeasurementSnapshot().Select(m => m.Value));
    }

    [Fact]
    public async Task Batches_are_capped()
    {
        var first = Write(0);
        await _store.NextBatchAsync();
        var waiting = Enumerable.Range(1, 9).Select(Write).ToList();
        _store.Commit();

        var sizes = new List<int>();
        for (var taken = 0; taken < 9; taken += sizes[^1])
        {
            sizes.Add((await _store.NextBatchAsync()).Count);
            _store.Commit();
        }

        await Task.WhenAll(waiting.Append(first));
        Assert.Equal([4, 4, 1], sizes);
    }

    [Fact]
    public async Task A_failed_batch_fails_each_of_its_writes_with_the_cause_and_the_next_batch_still_runs()
    {
        var first = Write(0);
        await _store.NextBatchAsync();
        var failing = Enumerable.Range(1, 3).Select(Write).ToList();
        _store.Commit();
        await first;

        await _store.NextBatchAsync();
        var cause = new IOException("disk I/O error");
        _store.Fail(cause);
        foreach (var write in failing)
        {
            Assert.Same(cause, await Assert.ThrowsAsync<IOException>(() => write));
        }

        var after = Write(4);
        await _store.NextBatchAsync();
        _store.Commit();
        Assert.Equal(1, await after);
    }

    [Fact]
    public async Task Reads_waiting_together_go_in_one_batch()
    {
        _store.HoldReads = true;
        var first = _batches.ReadAsync(Key(0));
        await _store.NextReadAsync();
        var waiting = Enumerable.Range(1, 3).Select(i => _batches.ReadAsync(Key(i))).ToList();
        _store.ReleaseRead();
        Assert.Null(await first);

        Assert.Equal(3, (await _store.NextReadAsync()).Count);
        _store.ReleaseRead();
        Assert.All(await Task.WhenAll(waiting), row => Assert.Equal(7, row!.Version));
    }

    public void Dispose()
    {
        _batches.Dispose();
        _store.Dispose();
        _services.Dispose();
    }

    private Task<int?> Write(int grain) => _batches.WriteAsync(Key(grain), expectedVersion: null, payload: [1], audit: Array.Empty<AuditRecord>());

    private static StateRowKey Key(int grain) => new(grain, 0, 0, 1, "probe", $"grain-{grain}", "tests");

    /// <summary>Holds each batch until the test commits or fails it; first writes get version 1, reads of keys 1..n find version 7.</summary>
    private sealed class GatedStore : IStateRowStore, IDisposable
    {
        private readonly SemaphoreSlim _writeBatches = new(0);
        private readonly SemaphoreSlim _readBatches = new(0);
        private readonly Queue<IReadOnlyList<PendingWrite>> _writesSeen = new();
        private readonly Queue<IReadOnlyList<StateRowKey>> _readsSeen = new();
        private TaskCompletionSource _commit = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource _readDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool HoldReads { get; set; }

        public async Task<int?[]> WriteBatchAsync(IReadOnlyList<PendingWrite> writes)
        {
            lock (_writesSeen)
            {
                _writesSeen.Enqueue([.. writes]);
            }

            var commit = _commit.Task;
            _writeBatches.Release();
            await commit;
            return [.. writes.Select(_ => (int?)1)];
        }

        public async Task<StoredState?[]> ReadBatchAsync(IReadOnlyList<StateRowKey> keys)
        {
            lock (_readsSeen)
            {
                _readsSeen.Enqueue([.. keys]);
            }

            var done = _readDone.Task;
            _readBatches.Release();
            if (HoldReads)
            {
                await done;
            }

            return [.. keys.Select(k => k.GrainIdHash == 0 ? null : new StoredState([1], 7))];
        }

        public async Task<IReadOnlyList<PendingWrite>> NextBatchAsync()
        {
            Assert.True(await _writeBatches.WaitAsync(TimeSpan.FromSeconds(10)), "no write batch reached the store");
            lock (_writesSeen)
            {
                return _writesSeen.Dequeue();
            }
        }

        public async Task<IReadOnlyList<StateRowKey>> NextReadAsync()
        {
            Assert.True(await _readBatches.WaitAsync(TimeSpan.FromSeconds(10)), "no read batch reached the store");
            lock (_readsSeen)
            {
                return _readsSeen.Dequeue();
            }
        }

        public void Commit() => Interlocked.Exchange(ref _commit, new(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();

        public void Fail(Exception cause) => Interlocked.Exchange(ref _commit, new(TaskCreationOptions.RunContinuationsAsynchronously)).SetException(cause);

        public void ReleaseRead() => Interlocked.Exchange(ref _readDone, new(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult();

        public void Dispose()
        {
            _writeBatches.Dispose();
            _readBatches.Dispose();
        }
    }
}
