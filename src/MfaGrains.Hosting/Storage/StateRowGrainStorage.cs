using System.Globalization;
using MfaGrains.Grains.Audit.Log;
using MfaGrains.Hosting.Storage.GroupCommit;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Grain storage over rows as Orleans' ADO.NET tables keep them, with Orleans' semantics per grain: payloads and
/// versions as Microsoft.Orleans.Persistence.AdoNet keeps them, a stale version fails only its own write, and a write
/// completes only once stored. Audit records of an <see cref="IAuditedState"/> are stored with their state. The rows
/// are a database's behind group commit (<see cref="StateBatches"/>) or, for the Memory provider, in this process.
/// </summary>
internal sealed class StateRowGrainStorage(
    IStateRows rows, IGrainStorageSerializer serializer, IActivatorProvider activators, IOptions<ClusterOptions> cluster) : IGrainStorage
{
    private readonly string _serviceId = cluster.Value.ServiceId;

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var row = await rows.ReadAsync(StateRowKey.For(_serviceId, stateName, grainId));
        var state = row?.Payload is { } payload ? serializer.Deserialize<T>(new BinaryData(payload)) : default;
        grainState.State = state ?? activators.GetActivator<T>().Create();
        grainState.ETag = row?.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = row?.Payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = serializer.Serialize(grainState.State).ToArray();
        var version = await rows.WriteAsync(
            StateRowKey.For(_serviceId, stateName, grainId), ParseETag(grainState.ETag), payload, AuditOf(grainState.State));
        grainState.ETag = Committed(version, "WriteState", stateName, grainState.ETag);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // As Orleans' provider: a caller that knows nothing of the row reads it first, and clearing nothing is done.
        if (!grainState.RecordExists && string.IsNullOrWhiteSpace(grainState.ETag))
        {
            await ReadStateAsync(stateName, grainId, grainState);
            if (!grainState.RecordExists)
            {
                return;
            }
        }

        var version = await rows.WriteAsync(
            StateRowKey.For(_serviceId, stateName, grainId), ParseETag(grainState.ETag), payload: null, AuditOf(grainState.State));
        grainState.ETag = Committed(version, "ClearState", stateName, grainState.ETag);
        grainState.RecordExists = false;
        grainState.State = activators.GetActivator<T>().Create();
    }

    private static int? ParseETag(string? etag) =>
        string.IsNullOrWhiteSpace(etag) ? null : int.Parse(etag, CultureInfo.InvariantCulture);

    // A copy: the grain empties its list after the write, and the batch may still be reading it.
    private static AuditRecord[] AuditOf<T>(T state) => state is IAuditedState { UncommittedAudit: { Count: > 0 } audit } ? [.. audit] : [];

    // The grain id stays out of the message: for a user grain it is the user's id.
    private static string Committed(int? version, string operation, string stateName, string? etag) =>
        version?.ToString(CultureInfo.InvariantCulture)
        ?? throw new InconsistentStateException($"Version conflict ({operation}): state '{stateName}' is no longer at ETag '{etag}'.");
}
