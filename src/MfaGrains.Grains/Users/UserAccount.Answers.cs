using MfaGrains.Grains.Metrics;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    /// <summary>
    /// Applies a phone's answer: locate the challenge, check the number in constant time, resolve it once, then apply
    /// what the outcome means for the enrolment, the failure run and the push lock. Returns the device the answer
    /// removed, if any (a reported enrolment test).
    /// </summary>
    public MfaResult<ChallengeRecord> Answer(ChallengeAnswer answer, DateTimeOffset now, out DeviceRecord? removedDevice)
    {
        removedDevice = null;
        var device = FindDevice(answer.DeviceId);
        if (device is null)
        {
            return new MfaFailure(MfaErrorCode.DeviceNotFound, "This device is not registered.");
        }

        device.LastSeenAt = now;
        var challenge = FindChallenge(answer.ChallengeId);
        if (challenge is null || !challenge.IsSentTo(device.Id))
        {
            return new MfaFailure(MfaErrorCode.ChallengeNotFound, "No such challenge for this device.");
        }

        if (challenge.HasLapsed(now))
        {
            return new MfaFailure(MfaErrorCode.ChallengeNotPending, "The challenge has expired.", null, ChallengeStatus.Expired, ChallengeReason.TimedOut);
        }

        if (!challenge.IsPending)
        {
            return NotPending(challenge);
        }

        if (challenge.Kind == ChallengeKind.SignIn && device.Status != DeviceStatus.Active)
        {
            return new MfaFailure(MfaErrorCode.ChallengeNotFound, "No such challenge for this device.");
        }

        var (status, reason) = Decide(answer, challenge);
        Resolve(challenge, status, reason, now, device.Id);
        RecordOutcome(challenge);
        if (challenge.Kind == ChallengeKind.EnrolmentTest)
        {
            removedDevice = ConcludeTest(challenge, device, now);
        }

        if (reason == ChallengeReason.ReportedFraud)
        {
            LockPush(except: challenge, now);
        }

        return challenge;
    }

    private (ChallengeStatus, ChallengeReason?) Decide(ChallengeAnswer answer, ChallengeRecord challenge) => answer.Decision switch
    {
        AnswerDecision.Approve when hasher.Matches(SecretPurposes.ChallengeNumber, answer.Number ?? "", challenge.NumberHash) => (ChallengeStatus.Approved, null),
        AnswerDecision.Approve => (ChallengeStatus.Denied, ChallengeReason.WrongNumber),
        AnswerDecision.Deny => (ChallengeStatus.Denied, ChallengeReason.UserDenied),
        _ => (ChallengeStatus.Denied, ChallengeReason.ReportedFraud),
    };

    /// <summary>An approved test completes the enrolment; a reported one cancels it and removes the device.</summary>
    private DeviceRecord? ConcludeTest(ChallengeRecord test, DeviceRecord device, DateTimeOffset now)
    {
        var enrolment = FindEnrolment(test.EnrolmentId!);
        if (enrolment is null)
        {
            return null;
        }

        if (test.Status == ChallengeStatus.Approved)
        {
            enrolment.Status = EnrolmentStatus.Completed;
            enrolment.EndedAt = now;
            device.Status = DeviceStatus.Active;
            _events.Add(new EnrolmentMoved(enrolment.Id, EnrolmentStatus.Completed, device.Id, now));
            return null;
        }

        if (test.Reason == ChallengeReason.ReportedFraud)
        {
            End(enrolment, EnrolmentStatus.Cancelled, now);
            return device;
        }

        return null;
    }

    private void LockPush(ChallengeRecord except, DateTimeOffset now)
    {
        state.PushLockedUntil = now + policy.Limits.ReportLock;
        _events.Add(new LockStarted(AccountLock.PushLock, state.PushLockedUntil.Value, now));
        foreach (var other in state.Challenges.Where(c => c.IsPending && c != except))
        {
            Resolve(other, ChallengeStatus.Cancelled, ChallengeReason.Superseded, now);
        }
    }
}
