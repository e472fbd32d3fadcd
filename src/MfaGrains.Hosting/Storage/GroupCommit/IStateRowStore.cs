namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>A database's side of group commit: a batch of writes in one transaction, a batch of reads in one query.</summary>
internal interface IStateRowStore
{
    /// <summary>
    /// Applies the writes in order in one transaction, each under its own version check, with its audit records when
    /// it is not stale. Returns only after the commit: each write's new version, or null where its version was stale.
    /// </summary>
    Task<int?[]> WriteBatchAsync(IReadOnlyList<PendingWrite> writes);

    /// <summary>Reads the rows in one query: each key's row, or null where none was ever written.</summary>
    Task<StoredState?[]> ReadBatchAsync(IReadOnlyList<StateRowKey> keys);
}
