using MfaGrains.Contracts.Audit;
using Orleans.Hosting;

namespace MfaGrains.Hosting.Silo;

/// <summary>The audit stream: in-memory streams, fanned out to each user's audit-log grain by implicit subscription.</summary>
public static class AuditStreamSiloBuilderExtensions
{
    /// <summary>
    /// Memory streams keep no events across a silo's death; what they carry is also in the user's state, and the
    /// audit-log grains persist what they receive.
    /// </summary>
    public static ISiloBuilder AddMfaGrainsAuditStream(this ISiloBuilder silo) =>
        silo.AddMemoryStreams(AuditStreams.Provider).AddMemoryGrainStorage("PubSubStore");
}
