using MfaGrains.Grains.Audit.Log;
using MfaGrains.Hosting.Storage.GroupCommit;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Where <see cref="StateRowGrainStorage"/> keeps its rows: a database behind group commit (<see cref="StateBatches"/>)
/// or this process's memory (<see cref="MemoryStateRows"/>).
/// </summary>
internal interface IStateRows
{
    /// <summary>
    /// Writes (or, with a null payload, clears) the row if it is still at <paramref name="expectedVersion"/> (null: if
    /// there is no row), with its audit records; completes once stored, with the new version, or null when stale.
    /// </summary>
    Task<int?> WriteAsync(StateRowKey key, int? expectedVersion, byte[]? payload, IReadOnlyList<AuditRecord> audit);

    /// <summary>The row, or null where none was ever written.</summary>
    Task<StoredState?> ReadAsync(StateRowKey key);
}
