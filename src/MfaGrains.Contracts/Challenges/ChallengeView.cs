namespace MfaGrains.Contracts.Challenges;

/// <summary>A challenge as the portal reads it; never carries the number.</summary>
/// <param name="Revision">Grows on every change, so a watcher can wait for the next one.</param>
[GenerateSerializer, Immutable, Alias("mfa.ChallengeView")]
public sealed record ChallengeView(
    string ChallengeId,
    string UserId,
    ChallengeKind Kind,
    ChallengeStatus Status,
    ChallengeReason? Reason,
    string? DeviceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<Delivery> Deliveries,
    int Revision);
