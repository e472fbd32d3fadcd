namespace MfaGrains.Contracts.Challenges;

/// <summary>A phone's answer to a challenge; <see cref="Number"/> is required to approve.</summary>
[GenerateSerializer, Immutable, Alias("mfa.ChallengeAnswer")]
public sealed record ChallengeAnswer(string DeviceId, string ChallengeId, AnswerDecision Decision, string? Number);
