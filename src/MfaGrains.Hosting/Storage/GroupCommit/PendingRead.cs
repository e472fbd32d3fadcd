namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>One grain's read waiting for its batch: done with the row, or null for a state never written.</summary>
internal sealed class PendingRead(StateRowKey key) : IBatchItem
{
    private readonly TaskCompletionSource<StoredState?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StateRowKey Key { get; } = key;

    public Task<StoredState?> Done => _done.Task;

    public void Complete(StoredState? row) => _done.TrySetResult(row);

    public void Fail(Exception cause) => _done.TrySetException(cause);
}
