using MfaGrains.Grains.Audit.Log;
using Orleans.Runtime;
using Orleans.Storage;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Memory grain storage that appends an <see cref="IAuditedState"/>'s uncommitted audit rows to the
/// <see cref="MemoryAuditLog"/> once the write has succeeded, so a failed write records no event.
/// </summary>
public sealed class AuditingGrainStorage(IGrainStorage inner, MemoryAuditLog log) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // Taken before the write: the inner storage may hand the grain a copy of the state.
        var rows = grainState.State is IAuditedState { UncommittedAudit.Count: > 0 } audited ? audited.UncommittedAudit.ToArray() : null;
        await inner.WriteStateAsync(stateName, grainId, grainState);
        if (rows is not null)
        {
            log.Append(rows);
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
