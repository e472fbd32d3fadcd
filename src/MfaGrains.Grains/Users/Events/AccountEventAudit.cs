using System.Globalization;
using MfaGrains.Grains.Audit.Log;

namespace MfaGrains.Grains.Users.Events;

/// <summary>
/// What each account event leaves in the audit log. The event names are the API's (<c>GET …/audit</c>, docs/api.md):
/// a challenge's <c>issued</c>, <c>delivered</c> and <c>resolved</c>, then the account's own. No row carries a secret.
/// </summary>
public static class AccountEventAudit
{
    public static AuditRecord ToAudit(this AccountEvent accountEvent, string userId) => accountEvent switch
    {
        ChallengeIssued e => new(userId, "issued", e.ChallengeId, AuditNames.Of(e.Kind), AuditNames.Of(ChallengeStatus.Pending), null, null, null, e.At),
        ChallengeDelivered e => new(userId, "delivered", e.ChallengeId, AuditNames.Of(e.Kind), AuditNames.Of(e.State), null, e.DeviceId, e.Error, e.At),
        ChallengeResolved e => new(userId, "resolved", e.ChallengeId, AuditNames.Of(e.Kind), AuditNames.Of(e.Status), AuditNames.Of(e.Reason), e.AnsweredBy, e.Unseen ? "unseen" : null, e.At),
        EnrolmentMoved e => new(userId, "enrolment", null, null, AuditNames.Of(e.Status), null, e.DeviceId, e.EnrolmentId, e.At),
        DeviceAdded e => new(userId, "deviceAdded", null, AuditNames.Of(e.Platform), null, null, e.DeviceId, e.EnrolmentId, e.At),
        DeviceRemoved e => new(userId, "deviceRemoved", null, null, null, null, e.DeviceId, null, e.At),
        LockStarted e => new(userId, "locked", null, AuditNames.Of(e.Lock), null, null, null, e.Until.ToString("O", CultureInfo.InvariantCulture), e.At),
        AccountUnlocked e => new(userId, "unlocked", null, null, null, null, null, null, e.At),
        PasscodeChecked e => new(userId, "passcodeChecked", null, AuditNames.Of(e.Method), AuditNames.Of(e.Outcome), null, e.DeviceId, null, e.At),
        PhoneCodeIssued e => new(userId, "passcodeSent", null, AuditNames.Of(e.Channel), null, null, null, null, e.At),
        TotpChanged e => new(userId, "totp" + e.Step, null, null, null, null, null, e.TotpId, e.At),
        _ => throw new ArgumentOutOfRangeException(nameof(accountEvent), accountEvent.GetType().Name, "An account event with no audit row."),
    };
}
