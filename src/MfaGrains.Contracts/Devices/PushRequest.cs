namespace MfaGrains.Contracts.Devices;

/// <summary>Asks a device grain to push a new challenge to its phone. Identifiers only: the number never leaves the user grain.</summary>
[GenerateSerializer, Immutable, Alias("mfa.PushRequest")]
public sealed record PushRequest(string UserId, string ChallengeId, string? Application, DateTimeOffset ExpiresAt);
