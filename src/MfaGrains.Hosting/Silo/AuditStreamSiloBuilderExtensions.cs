using MfaGrains.Contracts.Audit;
using Orleans.Hosting;
using Orleans.Streams;

namespace MfaGrains.Hosting.Silo;

/// <summary>The audit stream: in-memory streams, fanned out to each user's audit-log grain by implicit subscription.</summary>
public static class AuditStreamSiloBuilderExtensions
{
    /// <summary>
    /// Memory streams keep no events across a silo's death; what they carry is also in the user's state, and the
    /// audit-log grains persist what they receive. Subscriptions are implicit only, so no pub-sub records are kept
    /// (the System.Text.Json storage serializer cannot read Orleans' own pub-sub state back).
    /// </summary>
    public static ISiloBuilder AddMfaGrainsAuditStream(this ISiloBuilder silo) =>
        silo.AddMemoryStreams(AuditStreams.Provider, streams => streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly));
}
