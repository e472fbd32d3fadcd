using MfaGrains.Grains.Audit.Log;

namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>
/// One grain's write (or, with a null payload, clear) waiting for its batch: done with the row's new version once the
/// batch has committed, with null when the caller's version was stale, or with the batch's failure.
/// </summary>
internal sealed class PendingWrite(StateRowKey key, int? expectedVersion, byte[]? payload, IReadOnlyList<AuditRecord> audit) : IBatchItem
{
    private readonly TaskCompletionSource<int?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StateRowKey Key { get; } = key;

    /// <summary>The version the caller holds; null for a state it believes was never written.</summary>
    public int? ExpectedVersion { get; } = expectedVersion;

    /// <summary>The serialized state, or null to clear it.</summary>
    public byte[]? Payload { get; } = payload;

    /// <summary>Audit records to append in the same transaction, only if this write is not stale.</summary>
    public IReadOnlyList<AuditRecord> Audit { get; } = audit;

    public Task<int?> Done => _done.Task;

    public void Complete(int? newVersion) => _done.TrySetResult(newVersion);

    public void Fail(Exception cause) => _done.TrySetException(cause);
}
