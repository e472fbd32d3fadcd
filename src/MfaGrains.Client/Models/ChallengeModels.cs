namespace MfaGrains.Client;

/// <summary>What the portal says about a sign-in; every member optional. <c>application</c> defaults to the portal's display name.</summary>
public sealed record ChallengeContext(string? Application = null, string? IpAddress = null, string? Location = null, string? UserAgent = null);

/// <summary>Body of <c>POST /v1/users/{userId}/challenges</c>.</summary>
public sealed record CreateChallengeRequest(ChallengeContext? Context = null);

/// <summary>A newly issued challenge, with the <see cref="Number"/> the portal shows the person.</summary>
public sealed record IssuedChallenge(
    string ChallengeId, string UserId, ChallengeKind Kind, ChallengeStatus Status, string Number, DateTimeOffset ExpiresAt, int DeviceCount);

/// <summary>The delivery of a challenge to one device.</summary>
public sealed record ChallengeDelivery(string DeviceId, DeliveryChannel Channel, DeliveryState State, string? Error);

/// <summary>A challenge as the portal reads it (never with its number).</summary>
public sealed record Challenge(
    string ChallengeId,
    string UserId,
    ChallengeKind Kind,
    ChallengeStatus Status,
    ChallengeReason? Reason,
    string? DeviceId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ResolvedAt,
    IReadOnlyList<ChallengeDelivery> Deliveries)
{
    /// <summary>True once the status has left <c>pending</c>; it never changes again.</summary>
    public bool IsResolved => Status != ChallengeStatus.Pending;
}
