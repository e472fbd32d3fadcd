namespace MfaGrains.Grains.Users;

/// <summary>
/// Long-polls. These interleave with commands, so they only read, and only once no write is in flight: expiry is applied
/// to the views they return, never recorded, and a waiter wakes on the next successful write or at the challenge's expiry.
/// </summary>
public sealed partial class UserGrain
{
    public Task<MfaResult<ChallengeView>> WaitForResolution(string challengeId, TimeSpan maxWait, CancellationToken cancellationToken) =>
        WaitForChallenge(challengeId, maxWait, view => view.Status != ChallengeStatus.Pending, cancellationToken);

    public Task<MfaResult<ChallengeView>> WaitForChange(string challengeId, int knownRevision, TimeSpan maxWait, CancellationToken cancellationToken) =>
        WaitForChallenge(challengeId, maxWait, view => view.Revision != knownRevision, cancellationToken);

    public async Task<MfaResult<IReadOnlyList<PendingChallenge>>> GetPendingChallenges(string deviceId, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deadline = now + maxWait;
        while (true)
        {
            await Committed();
            if (!Account.IsDeviceLive(deviceId, now))
            {
                return new MfaFailure(MfaErrorCode.DeviceNotFound, "This device is not registered.");
            }

            Account.FindDevice(deviceId)!.LastSeenAt = now;
            var pending = Account.PendingFor(deviceId, now);
            if (pending.Count > 0 || now >= deadline)
            {
                return MfaResultOf(pending);
            }

            await _changes.WaitAsync(deadline, clock, cancellationToken);
            now = clock.GetUtcNow();
        }
    }

    private async Task<MfaResult<ChallengeView>> WaitForChallenge(
        string challengeId, TimeSpan maxWait, Func<ChallengeView, bool> isAnswer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deadline = now + maxWait;
        while (true)
        {
            await Committed();
            if (Account.FindChallenge(challengeId) is not { } challenge)
            {
                return ChallengeNotFound();
            }

            var view = Account.ToView(challenge, now);
            if (isAnswer(view) || now >= deadline)
            {
                return view;
            }

            await _changes.WaitAsync(challenge.IsPending ? Min(deadline, challenge.ExpiresAt) : deadline, clock, cancellationToken);
            now = clock.GetUtcNow();
        }
    }

    private static MfaResult<IReadOnlyList<PendingChallenge>> MfaResultOf(IReadOnlyList<PendingChallenge> pending) => new(pending, null);
}
