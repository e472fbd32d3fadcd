namespace MfaGrains.Contracts.Prewarm;

/// <summary>A pre-warm job's progress: of <see cref="Requested"/> ids, how many were warmed, unknown (no such user) or failed.</summary>
[GenerateSerializer, Immutable, Alias("mfa.PrewarmStatus")]
public sealed record PrewarmStatus(
    string JobId,
    PrewarmJobStatus Status,
    int Requested,
    int Warmed,
    int Unknown,
    int Failed,
    DateTimeOffset StartAt,
    int SpreadSeconds,
    DateTimeOffset HoldUntil,
    DateTimeOffset? CompletedAt);
