using MfaGrains.Contracts.Audit;
using MfaGrains.Contracts.Challenges;

namespace MfaGrains.Api.Audit;

/// <summary>One event of a challenge's life in the audit trail.</summary>
public sealed record AuditEventDto(
    AuditEventKind Event,
    string ChallengeId,
    ChallengeKind Kind,
    ChallengeStatus Status,
    ChallengeReason? Reason,
    string? DeviceId,
    DeliveryState? Delivery,
    string? Error,
    DateTimeOffset At)
{
    public static AuditEventDto From(AuditEvent e) => new(e.Event, e.ChallengeId, e.Kind, e.Status, e.Reason, e.DeviceId, e.Delivery, e.Error, e.At);
}

/// <summary>A user's audit trail, newest first.</summary>
public sealed record AuditResponse(string UserId, IReadOnlyList<AuditEventDto> Events);
