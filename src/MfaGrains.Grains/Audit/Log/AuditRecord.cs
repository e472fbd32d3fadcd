namespace MfaGrains.Grains.Audit.Log;

/// <summary>
/// One row of the append-only audit log: a security-relevant event in one user's account. Never carries a secret,
/// a passcode or a challenge number.
/// </summary>
/// <param name="UserId">The normalised user id the event belongs to.</param>
/// <param name="Event">What happened, a stable name from docs/api.md's catalogue, such as <c>issued</c> or <c>passcodeChecked</c>.</param>
/// <param name="ChallengeId">The challenge concerned, where there is one.</param>
/// <param name="Kind">The challenge's kind, or the passcode method, where there is one.</param>
/// <param name="Status">The status or outcome after the event.</param>
/// <param name="Reason">Why it ended that way, where the domain says.</param>
/// <param name="DeviceId">The device concerned, where there is one.</param>
/// <param name="Detail">A short, non-secret remark (a delivery's channel or error), or null.</param>
/// <param name="At">When it happened, on the engine's clock.</param>
[GenerateSerializer, Immutable, Alias("mfa.AuditRecord")]
public sealed record AuditRecord(
    [property: Id(0)] string UserId,
    [property: Id(1)] string Event,
    [property: Id(2)] string? ChallengeId,
    [property: Id(3)] string? Kind,
    [property: Id(4)] string? Status,
    [property: Id(5)] string? Reason,
    [property: Id(6)] string? DeviceId,
    [property: Id(7)] string? Detail,
    [property: Id(8)] DateTimeOffset At);
