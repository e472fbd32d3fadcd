using MfaGrains.Contracts.Challenges;

namespace MfaGrains.Api.Challenges;

/// <summary>What the portal says about the sign-in; every member optional.</summary>
public sealed record ChallengeContextDto(string? Application = null, string? IpAddress = null, string? Location = null, string? UserAgent = null);

/// <summary>Body of <c>POST /v1/users/{userId}/challenges</c>.</summary>
public sealed record CreateChallengeRequest(ChallengeContextDto? Context = null);

/// <summary>A newly issued challenge, with the number the portal shows.</summary>
public sealed record ChallengeCreatedResponse(
    string ChallengeId,
    string UserId,
    ChallengeKind Kind,
    ChallengeStatus Status,
    string Number,
    DateTimeOffset ExpiresAt,
    int DeviceCount)
{
    public static ChallengeCreatedResponse From(ChallengeCreated created) => new(
        created.Challenge.ChallengeId, created.Challenge.UserId, created.Challenge.Kind, created.Challenge.Status,
        created.Number, created.Challenge.ExpiresAt, created.DeviceCount);
}

/// <summary>The delivery of a challenge to one device.</summary>
public sealed record DeliveryDto(string DeviceId, DeliveryChannel Channel, DeliveryState State, string? Error);

/// <summary>A challenge as the portal reads it; never the number.</summary>
public sealed record ChallengeResponse(
    string ChallengeId,
    string UserId,
    ChallengeKind Kind,
    ChallengeStatus Status,
    ChallengeReason? Reason,
    string? DeviceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<DeliveryDto> Deliveries)
{
    public static ChallengeResponse From(ChallengeView view) => new(
        view.ChallengeId, view.UserId, view.Kind, view.Status, view.Reason, view.DeviceId, view.CreatedAt, view.ExpiresAt,
        view.ResolvedAt, [.. view.Deliveries.Select(d => new DeliveryDto(d.DeviceId, d.Channel, d.State, d.Error))]);
}
