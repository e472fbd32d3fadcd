namespace MfaGrains.Contracts.Challenges;

/// <summary>The status a phone's answer gave its challenge.</summary>
[GenerateSerializer, Immutable, Alias("mfa.AnswerOutcome")]
public sealed record AnswerOutcome(string ChallengeId, ChallengeStatus Status, ChallengeReason? Reason);
