namespace MfaGrains.Contracts.Audit;

/// <summary>One security-relevant event of a user's account as the audit log keeps it; never a secret, code or number.</summary>
/// <param name="Id">The entry's position in the log, increasing with every append: the paging cursor.</param>
/// <param name="Event">What happened: <c>issued</c>, <c>delivered</c>, <c>resolved</c>, <c>passcodeChecked</c>, <c>locked</c>… (docs/api.md).</param>
/// <param name="Kind">The challenge's kind, passcode method, platform or lock, where there is one.</param>
/// <param name="Status">The status or outcome after the event.</param>
/// <param name="Detail">A short, non-secret remark: a push error, an enrolment or authenticator id, a lock's end.</param>
[GenerateSerializer, Immutable, Alias("mfa.AuditEntry")]
public sealed record AuditEntry(
    long Id,
    string Event,
    string? ChallengeId,
    string? Kind,
    string? Status,
    string? Reason,
    string? DeviceId,
    string? Detail,
    DateTimeOffset At);
