namespace MfaGrains.Contracts.Challenges;

/// <summary>A newly issued challenge with the number the portal shows; the only place the number ever leaves the engine.</summary>
[GenerateSerializer, Immutable, Alias("mfa.ChallengeCreated")]
public sealed record ChallengeCreated(ChallengeView Challenge, string Number, int DeviceCount);
