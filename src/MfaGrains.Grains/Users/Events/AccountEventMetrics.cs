using MfaGrains.Grains.Metrics;

namespace MfaGrains.Grains.Users.Events;

/// <summary>What each stored account event adds to the engine's counters; events without a counter add nothing.</summary>
public static class AccountEventMetrics
{
    public static void Count(this MfaGrainsMetrics metrics, AccountEvent accountEvent)
    {
        switch (accountEvent)
        {
            case ChallengeIssued e:
                metrics.ChallengeIssued(e.Kind);
                break;
            case ChallengeResolved e:
                metrics.ChallengeResolved(e.Kind, e.Status, e.Reason, e.AnsweredAfter);
                if (e.Unseen)
                {
                    metrics.ChallengeExpiredUnseen(e.Kind);
                }

                break;
            case EnrolmentMoved e:
                metrics.EnrolmentEntered(e.Status);
                break;
            case LockStarted e:
                metrics.LockStarted(e.Lock);
                break;
            case PasscodeChecked e:
                metrics.PasscodeChecked(e.Method, e.Outcome);
                break;
        }
    }
}
