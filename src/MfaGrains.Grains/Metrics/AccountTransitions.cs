using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Metrics;

/// <summary>
/// Counts what changed in one user's account since the last look: challenges issued and resolved, enrolments moving
/// on, locks starting. The domain changes these as side effects in many places (superseding, a fraud report, removing
/// a device, expiry), so comparing the state after each write counts every change, once per activation.
/// </summary>
public sealed class AccountTransitions(MfaGrainsMetrics metrics)
{
    private readonly Dictionary<string, ChallengeStatus> _challenges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnrolmentStatus> _enrolments = new(StringComparer.Ordinal);
    private readonly Dictionary<AccountLock, DateTimeOffset?> _locks = [];

    /// <summary>
    /// Takes the loaded state as counted. Expiries already due count as counted too: the activation that saw them lapse
    /// counted them, so a reload never counts one twice (at most once: an expiry that falls while no activation is alive,
    /// as across a silo's shutdown, is not counted).
    /// </summary>
    public void Seed(UserState state, DateTimeOffset now)
    {
        foreach (var challenge in state.Challenges)
        {
            _challenges[challenge.Id] = challenge.HasLapsed(now) ? ChallengeStatus.Expired : challenge.Status;
        }

        foreach (var enrolment in state.Enrolments)
        {
            _enrolments[enrolment.Id] = enrolment.IsPending && now >= enrolment.ExpiresAt ? EnrolmentStatus.Expired : enrolment.Status;
        }

        foreach (var (kind, until) in Locks(state))
        {
            _locks[kind] = until;
        }
    }

    /// <summary>Counts the changes since the last call (or the seed).</summary>
    public void Count(UserState state)
    {
        CountChallenges(state.Challenges);
        CountEnrolments(state.Enrolments);
        foreach (var (kind, until) in Locks(state))
        {
            if (until is not null && until != _locks.GetValueOrDefault(kind))
            {
                metrics.LockStarted(kind);
            }

            _locks[kind] = until;
        }
    }

    private void CountChallenges(List<ChallengeRecord> challenges)
    {
        foreach (var challenge in challenges)
        {
            if (!_challenges.TryGetValue(challenge.Id, out var known))
            {
                metrics.ChallengeIssued(challenge.Kind);
                known = ChallengeStatus.Pending;
            }

            if (challenge.Status != known && !challenge.IsPending)
            {
                var answeredAfter = challenge.AnsweredBy is not null ? challenge.ResolvedAt - challenge.CreatedAt : null;
                metrics.ChallengeResolved(challenge.Kind, challenge.Status, challenge.Reason, answeredAfter);
                if (challenge.Status == ChallengeStatus.Expired && !challenge.WasSeen)
                {
                    metrics.ChallengeExpiredUnseen(challenge.Kind);
                }
            }

            _challenges[challenge.Id] = challenge.Status;
        }

        if (_challenges.Count > challenges.Count)
        {
            Forget(_challenges, challenges.Select(c => c.Id));
        }
    }

    private void CountEnrolments(List<EnrolmentRecord> enrolments)
    {
        foreach (var enrolment in enrolments)
        {
            if (!_enrolments.TryGetValue(enrolment.Id, out var known) || enrolment.Status != known)
            {
                metrics.EnrolmentEntered(enrolment.Status);
            }

            _enrolments[enrolment.Id] = enrolment.Status;
        }

        if (_enrolments.Count > enrolments.Count)
        {
            Forget(_enrolments, enrolments.Select(e => e.Id));
        }
    }

    private static IEnumerable<(AccountLock Kind, DateTimeOffset? Until)> Locks(UserState state) =>
    [
        (AccountLock.PushLock, state.PushLockedUntil),
        (AccountLock.SignInCoolDown, state.SignInFailures.CoolDownUntil),
        (AccountLock.PasscodeLock, state.Passcodes.LockedUntil),
    ];

    // Pruned history is forgotten here too, so the tracker stays as small as the state. Every kept id is known by the
    // time this runs, so there is something to forget only when more are known than kept.
    private static void Forget<T>(Dictionary<string, T> known, IEnumerable<string> kept)
    {
        var live = kept.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in known.Keys.Where(id => !live.Contains(id)).ToList())
        {
            known.Remove(gone);
        }
    }
}
