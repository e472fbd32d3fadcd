namespace MfaGrains.Client;

/// <summary>An EC P-256 public key as a JWK (RFC 7517).</summary>
public sealed record PublicJwk(string Kty, string Crv, string X, string Y);

/// <summary>Body of <c>POST /v1/devices</c>.</summary>
public sealed record ActivationRequest(
    string ActivationCode, PublicJwk PublicKey, DevicePlatform Platform, string? PushToken, string? DeviceName, string? AppVersion);

/// <summary>The TOTP parameters the app shows offline codes with (RFC 6238: SHA1, 6 digits, 30 s).</summary>
public sealed record DeviceTotp(string Secret, string Algorithm, int Digits, int Period);

/// <summary>The answer to an activation: the device id (the key's thumbprint) and the TOTP seed, sent only this once.</summary>
public sealed record ActivatedDevice(string DeviceId, string UserId, string EnrolmentId, DeviceTotp Totp);

/// <summary>A challenge waiting for this phone's answer (never with its number).</summary>
public sealed record PendingChallenge(
    string ChallengeId, string UserId, ChallengeKind Kind, ChallengeContext Context, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>Body of <c>POST /v1/devices/{deviceId}/challenges/{challengeId}/answer</c>; <see cref="Number"/> is needed to approve.</summary>
public sealed record AnswerRequest(AnswerDecision Decision, string? Number = null);

/// <summary>The status an answer gave the challenge.</summary>
public sealed record AnswerResult(string ChallengeId, ChallengeStatus Status, ChallengeReason? Reason);

/// <summary>Body of <c>PUT /v1/devices/{deviceId}/push-token</c>; null switches the device to pull only.</summary>
public sealed record PushTokenRequest(string? PushToken);
