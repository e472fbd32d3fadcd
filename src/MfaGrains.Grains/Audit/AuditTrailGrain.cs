using MfaGrains.Grains.Audit.Log;
using Orleans.Concurrency;

namespace MfaGrains.Grains.Audit;

/// <summary>Serves audit trail reads from <see cref="IAuditLog"/> on whichever silo receives them; holds no state.</summary>
[StatelessWorker]
[GrainType("audit-trail")]
public sealed class AuditTrailGrain(IAuditLog log) : Grain, IAuditTrailGrain
{
    public async Task<AuditPage> Read(string userId, long? before, int limit)
    {
        var stored = await log.ReadAsync(userId, before, limit);
        var entries = stored.Select(s => ToEntry(s.Id, s.Record)).ToList();
        return new AuditPage(entries, entries.Count == limit ? entries[^1].Id : null);
    }

    private static AuditEntry ToEntry(long id, AuditRecord r) => new(id, r.Event, r.ChallengeId, r.Kind, r.Status, r.Reason, r.DeviceId, r.Detail, r.At);
}
