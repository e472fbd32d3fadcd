using MfaGrains.Contracts.Challenges;

namespace MfaGrains.Contracts.Audit;

/// <summary>One event in a challenge's life, as published on the audit stream. Never carries the number.</summary>
/// <param name="DeviceId">For <see cref="AuditEventKind.Delivered"/>, the device pushed to; for a resolution, the device that answered.</param>
/// <param name="Delivery">For <see cref="AuditEventKind.Delivered"/>, how the push ended.</param>
/// <param name="Error">For a failed delivery, the push service's reason.</param>
[GenerateSerializer, Immutable, Alias("mfa.AuditEvent")]
public sealed record AuditEvent(
    string UserId,
    string ChallengeId,
    AuditEventKind Event,
    ChallengeKind Kind,
    ChallengeStatus Status,
    ChallengeReason? Reason,
    string? DeviceId,
    DeliveryState? Delivery,
    string? Error,
    DateTimeOffset At);
