using MfaGrains.Api.Challenges;
using MfaGrains.Api.Passcodes;
using MfaGrains.Contracts.Challenges;
using MfaGrains.Contracts.Devices;

namespace MfaGrains.Api.Devices;

/// <summary>An EC public key as a JWK.</summary>
public sealed record JwkDto(string Kty, string Crv, string X, string Y);

/// <summary>Body of <c>POST /v1/devices</c>.</summary>
public sealed record ActivateDeviceRequest(
    string ActivationCode,
    JwkDto PublicKey,
    DevicePlatform Platform,
    string? PushToken = null,
    string? DeviceName = null,
    string? AppVersion = null);

/// <summary>The activated device, with the TOTP seed its app shows offline codes from (never sent again).</summary>
public sealed record DeviceActivatedResponse(string DeviceId, string UserId, string EnrolmentId, DeviceTotpDto Totp);

/// <summary>A pending challenge as the phone sees it; never the number.</summary>
public sealed record PendingChallengeResponse(
    string ChallengeId,
    string UserId,
    ChallengeKind Kind,
    ChallengeContextDto Context,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt)
{
    public static PendingChallengeResponse From(PendingChallenge pending) => new(
        pending.ChallengeId, pending.UserId, pending.Kind,
        new ChallengeContextDto(pending.Context.Application, pending.Context.IpAddress, pending.Context.Location, pending.Context.UserAgent),
        pending.CreatedAt, pending.ExpiresAt);
}

/// <summary>Body of <c>POST /v1/devices/{deviceId}/challenges/{challengeId}/answer</c>.</summary>
public sealed record AnswerRequest(AnswerDecision Decision, string? Number = null);

/// <summary>The status the answer gave the challenge.</summary>
public sealed record AnswerResponse(string ChallengeId, ChallengeStatus Status, ChallengeReason? Reason);

/// <summary>Body of <c>PUT /v1/devices/{deviceId}/push-token</c>; null switches the device to pull only.</summary>
public sealed record PushTokenRequest(string? PushToken);
