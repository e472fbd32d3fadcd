using MfaGrains.Grains.Metrics;
using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    /// <summary>
    /// Records every expiry that has happened by <paramref name="now"/> and prunes old history. Deterministic in the stored
    /// data, so settling in memory without writing loses nothing: a reload settles to the same result.
    /// </summary>
    public void Settle(DateTimeOffset now)
    {
        foreach (var challenge in state.Challenges.Where(c => c.HasLapsed(now)).OrderBy(c => c.ExpiresAt).ToList())
        {
            Resolve(challenge, ChallengeStatus.Expired, ChallengeReason.TimedOut, challenge.ExpiresAt);
            RecordOutcome(challenge);
        }

        foreach (var enrolment in state.Enrolments.Where(e => e.IsPending && now >= e.ExpiresAt))
        {
            End(enrolment, EnrolmentStatus.Expired, enrolment.ExpiresAt);
        }

        SettlePasscodes(now);
        Prune(now);
    }

    /// <summary>Ends an unfinished enrolment, forgetting its code and removing its unverified device.</summary>
    public void End(EnrolmentRecord enrolment, EnrolmentStatus status, DateTimeOffset at)
    {
        enrolment.Status = status;
        enrolment.EndedAt = at;
        enrolment.SealedCode = null;
        _events.Add(new EnrolmentMoved(enrolment.Id, status, enrolment.DeviceId, at));
        if (state.Devices.Find(d => d.EnrolmentId == enrolment.Id && d.Status == DeviceStatus.AwaitingVerification) is { } device)
        {
            DropDevice(device, at);
        }
    }

    /// <summary>Folds a resolved sign-in challenge into the run of failures that starts a cool-down; an unseen expiry is left out.</summary>
    private void RecordOutcome(ChallengeRecord challenge)
    {
        if (challenge.Kind != ChallengeKind.SignIn)
        {
            return;
        }

        var run = state.SignInFailures;
        switch (challenge.Status)
        {
            case ChallengeStatus.Approved:
                run.Count = 0;
                break;
            case ChallengeStatus.Expired when !challenge.WasSeen:
                // Neither counts nor resets: a push outage must not lock out staff who did nothing wrong.
                break;
            case ChallengeStatus.Denied or ChallengeStatus.Expired:
                run.Count++;
                if (run.Count >= policy.Limits.FailuresBeforeCoolDown)
                {
                    run.CoolDownUntil = challenge.ResolvedAt!.Value + policy.Limits.CoolDown;
                    run.Count = 0;
                    _events.Add(new LockStarted(AccountLock.SignInCoolDown, run.CoolDownUntil.Value, challenge.ResolvedAt.Value));
                }

                break;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        var keepSince = now - Max(policy.Challenges.RetainResolvedFor, policy.Limits.SignInWindow);
        state.Challenges.RemoveAll(c => !c.IsPending && c.ResolvedAt < keepSince);
        var surplus = state.Challenges.Count(c => !c.IsPending) - policy.Challenges.MaxRetainedResolved;
        if (surplus > 0)
        {
            // Sign-ins inside the rate window are kept whatever the cap: the window is counted from them.
            var oldest = state.Challenges.Where(c => !c.IsPending && !(c.Kind == ChallengeKind.SignIn && c.CreatedAt > now - policy.Limits.SignInWindow))
                .OrderBy(c => c.ResolvedAt).Take(surplus).ToHashSet();
            state.Challenges.RemoveAll(oldest.Contains);
        }

        state.Enrolments.RemoveAll(e => e.EndedAt < now - policy.Enrolment.RetainEndedFor);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
