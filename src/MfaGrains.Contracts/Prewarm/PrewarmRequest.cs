namespace MfaGrains.Contracts.Prewarm;

/// <summary>A roster to warm: lower-cased user ids, when to start, and over how many seconds to spread the activations.</summary>
[GenerateSerializer, Immutable, Alias("mfa.PrewarmRequest")]
public sealed record PrewarmRequest(IReadOnlyList<string> UserIds, DateTimeOffset StartAt, int SpreadSeconds);
