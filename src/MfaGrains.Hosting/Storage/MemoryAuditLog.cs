using System.Collections.Concurrent;
using MfaGrains.Grains.Audit.Log;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// The audit log of the Memory storage provider: per-user lists in this silo's memory, gone at restart like the state
/// they audit. Appended by <see cref="AuditingGrainStorage"/> after each successful write.
/// </summary>
public sealed class MemoryAuditLog : IAuditLog
{
    private readonly ConcurrentDictionary<string, List<StoredAuditRecord>> _byUser = new(StringComparer.Ordinal);
    private long _lastId;

    /// <summary>Appends the rows of one committed write; a user's writes never overlap, so its rows stay in id order.</summary>
    public void Append(IReadOnlyList<AuditRecord> records)
    {
        foreach (var record in records)
        {
            var rows = _byUser.GetOrAdd(record.UserId, _ => []);
            lock (rows)
            {
                rows.Add(new StoredAuditRecord(Interlocked.Increment(ref _lastId), record));
            }
        }
    }

    public Task<IReadOnlyList<StoredAuditRecord>> ReadAsync(string userId, long? before, int limit, CancellationToken cancellationToken = default)
    {
        var page = new List<StoredAuditRecord>(Math.Min(limit, 64));
        if (_byUser.TryGetValue(userId, out var rows))
        {
            lock (rows)
            {
                for (var i = rows.Count - 1; i >= 0 && page.Count < limit; i--)
                {
                    if (before is null || rows[i].Id < before)
                    {
                        page.Add(rows[i]);
                    }
                }
            }
        }

        return Task.FromResult<IReadOnlyList<StoredAuditRecord>>(page);
    }

    public Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var purged = 0;
        foreach (var rows in _byUser.Values)
        {
            lock (rows)
            {
                purged += rows.RemoveAll(r => r.Record.At < olderThan);
            }
        }

        return Task.FromResult(purged);
    }
}
