namespace MfaGrains.Contracts.Challenges;

/// <summary>What the portal tells the phone about the sign-in being approved.</summary>
[GenerateSerializer, Immutable, Alias("mfa.ChallengeContext")]
public sealed record ChallengeContext(string? Application, string? IpAddress, string? Location, string? UserAgent);
