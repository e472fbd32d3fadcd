namespace MfaGrains.Grains.Audit.Log;

/// <summary>
/// The append-only audit log as the silo reads it. Appends happen only through grain storage, with the state they
/// belong to (<see cref="IAuditedState"/>); this is the read and retention side.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// A user's newest records, newest first: at most <paramref name="limit"/>, and only those older than the record
    /// <paramref name="before"/> (an <see cref="StoredAuditRecord.Id"/>) when it is given.
    /// </summary>
    Task<IReadOnlyList<StoredAuditRecord>> ReadAsync(string userId, long? before, int limit, CancellationToken cancellationToken = default);

    /// <summary>Deletes every record that happened before <paramref name="olderThan"/>; returns how many went.</summary>
    Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
