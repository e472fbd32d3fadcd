namespace MfaGrains.Contracts.Challenges;

/// <summary>A challenge waiting on a phone, as the phone sees it: no number.</summary>
[GenerateSerializer, Immutable, Alias("mfa.PendingChallenge")]
public sealed record PendingChallenge(
    string ChallengeId,
    string UserId,
    ChallengeKind Kind,
    ChallengeContext Context,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
