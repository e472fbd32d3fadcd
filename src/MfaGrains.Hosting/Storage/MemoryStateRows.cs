using System.Collections.Concurrent;
using MfaGrains.Grains.Audit.Log;
using MfaGrains.Hosting.Storage.GroupCommit;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// The Memory provider's rows: serialized state and version per row in this process, with the versions' rules of the
/// database providers, and a write's audit records appended to the <see cref="MemoryAuditLog"/> only once it is stored.
/// Applied at once, with no batching and no grain call; nothing survives a restart.
/// </summary>
public sealed class MemoryStateRows(MemoryAuditLog auditLog) : IStateRows
{
    private static readonly Task<int?> Stale = Task.FromResult<int?>(null);
    private static readonly Task<StoredState?> Missing = Task.FromResult<StoredState?>(null);

    private readonly ConcurrentDictionary<StateRowKey, StoredState> _rows = new();

    Task<int?> IStateRows.WriteAsync(StateRowKey key, int? expectedVersion, byte[]? payload, IReadOnlyList<AuditRecord> audit)
    {
        StoredState written;
        if (expectedVersion is { } expected)
        {
            // Compare-and-swap, so two activations of one grain (a silo declared dead too early) cannot both win.
            if (!_rows.TryGetValue(key, out var current) || current.Version != expected
                || !_rows.TryUpdate(key, written = new StoredState(payload, expected + 1), current))
            {
                return Stale;
            }
        }
        else if (payload is null || !_rows.TryAdd(key, written = new StoredState(payload, 1)))
        {
            // As the databases: an insert where a row (even a cleared one) exists is stale, and so is clearing nothing.
            return Stale;
        }

        if (audit.Count > 0)
        {
            auditLog.Append(audit);
        }

        return Task.FromResult<int?>(written.Version);
    }

    Task<StoredState?> IStateRows.ReadAsync(StateRowKey key) =>
        _rows.TryGetValue(key, out var row) ? Task.FromResult<StoredState?>(row) : Missing;
}
