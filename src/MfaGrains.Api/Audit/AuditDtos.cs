using MfaGrains.Contracts.Audit;

namespace MfaGrains.Api.Audit;

/// <summary>
/// One event of the audit trail. A challenge's events carry its id, kind and status as the challenge routes write them;
/// a push outcome's state is also in <see cref="Delivery"/>, its error in <see cref="Error"/>; other events use what applies.
/// </summary>
public sealed record AuditEventDto(
    string Event,
    string? ChallengeId,
    string? Kind,
    string? Status,
    string? Reason,
    string? DeviceId,
    string? Delivery,
    string? Error,
    string? Detail,
    DateTimeOffset At)
{
    public static AuditEventDto From(AuditEntry e) => e.Event == "delivered"
        ? new(e.Event, e.ChallengeId, e.Kind, e.Status, e.Reason, e.DeviceId, e.Status, e.Detail, null, e.At)
        : new(e.Event, e.ChallengeId, e.Kind, e.Status, e.Reason, e.DeviceId, null, null, e.Detail, e.At);
}

/// <summary>A page of a user's audit trail, newest first; <see cref="NextBefore"/> fetches the next, older page.</summary>
public sealed record AuditResponse(string UserId, IReadOnlyList<AuditEventDto> Events, long? NextBefore);
