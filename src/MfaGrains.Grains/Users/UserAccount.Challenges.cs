using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    public IReadOnlyList<DeviceRecord> ActiveDevices => state.Devices.FindAll(d => d.Status == DeviceStatus.Active);

    /// <summary>Refuses a new sign-in challenge: push lock (423) first, then the cool-down and the rate window (429).</summary>
    public MfaFailure? RefuseSignIn(DateTimeOffset now)
    {
        if (state.PushLockedUntil > now)
        {
            return new MfaFailure(MfaErrorCode.Locked, "Push sign-in is locked after a phone reported a sign-in as fraud.", state.PushLockedUntil);
        }

        if (state.SignInFailures.CoolDownUntil > now)
        {
            return new MfaFailure(MfaErrorCode.TooManyChallenges, "Too many sign-in challenges in a row were denied or expired.", state.SignInFailures.CoolDownUntil);
        }

        var windowStart = now - policy.Limits.SignInWindow;
        var recent = state.Challenges.Where(c => c.Kind == ChallengeKind.SignIn && c.CreatedAt > windowStart).Select(c => c.CreatedAt).Order().ToList();
        if (recent.Count >= policy.Limits.SignInsPerWindow)
        {
            var retryAt = recent[recent.Count - policy.Limits.SignInsPerWindow] + policy.Limits.SignInWindow;
            return new MfaFailure(MfaErrorCode.TooManyChallenges, $"At most {policy.Limits.SignInsPerWindow} sign-in challenges per {policy.Limits.SignInWindow.TotalMinutes:0.#} minutes.", retryAt);
        }

        return null;
    }

    /// <summary>Records a new challenge, superseding the pending ones it replaces.</summary>
    public ChallengeRecord Issue(
        string challengeId, ChallengeKind kind, string? enrolmentId, IEnumerable<DeviceRecord> targets,
        ChallengeContext context, string numberHash, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        foreach (var older in state.Challenges.Where(c => c.IsPending && c.Kind == kind && c.EnrolmentId == enrolmentId))
        {
            Resolve(older, ChallengeStatus.Cancelled, ChallengeReason.Superseded, now);
        }

        var challenge = new ChallengeRecord
        {
            Id = challengeId,
            Kind = kind,
            EnrolmentId = enrolmentId,
            NumberHash = numberHash,
            Context = context,
            CreatedAt = now,
            ExpiresAt = expiresAt,
            Status = ChallengeStatus.Pending,
            Deliveries = targets.Select(NewDelivery).ToList(),
        };
        state.Challenges.Add(challenge);
        _events.Add(new ChallengeIssued(challengeId, kind, challenge.Deliveries.Count, now));
        return challenge;
    }

    public MfaResult<ChallengeRecord> CancelByPortal(string challengeId, DateTimeOffset now)
    {
        var challenge = FindChallenge(challengeId);
        if (challenge is null)
        {
            return new MfaFailure(MfaErrorCode.ChallengeNotFound, "No such challenge for this user.");
        }

        if (!challenge.IsPending)
        {
            return NotPending(challenge);
        }

        Resolve(challenge, ChallengeStatus.Cancelled, ChallengeReason.CancelledByPortal, now);
        return challenge;
    }

    /// <summary>The portal's view, with expiry applied even when it has not been recorded yet.</summary>
    public ChallengeView ToView(ChallengeRecord c, DateTimeOffset now)
    {
        var deliveries = c.Deliveries.ConvertAll(d => new Delivery(d.DeviceId, d.Channel, d.State, d.Error));
        return c.HasLapsed(now)
            ? new ChallengeView(c.Id, userId, c.Kind, ChallengeStatus.Expired, ChallengeReason.TimedOut, null, c.CreatedAt, c.ExpiresAt, c.ExpiresAt, deliveries, c.Revision + 1)
            : new ChallengeView(c.Id, userId, c.Kind, c.Status, c.Reason, c.AnsweredBy, c.CreatedAt, c.ExpiresAt, c.ResolvedAt, deliveries, c.Revision);
    }

    /// <summary>The device's inbox: pending challenges sent to it, newest first. Fetching them marks them seen.</summary>
    public IReadOnlyList<PendingChallenge> PendingFor(string deviceId, DateTimeOffset now)
    {
        var inbox = state.Challenges.Where(c => c.IsPending && !c.HasLapsed(now) && c.IsSentTo(deviceId)).OrderByDescending(c => c.CreatedAt).ToList();
        inbox.ForEach(c => c.FetchedByDevice = true);
        return inbox.ConvertAll(c => new PendingChallenge(c.Id, userId, c.Kind, c.Context, c.CreatedAt, c.ExpiresAt));
    }

    /// <summary>Records a push outcome. Not a state write of its own: it is stored, and audited, with the user's next write.</summary>
    public void RecordDelivery(ChallengeRecord challenge, DeliveryRecord delivery, DeliveryState state, string? error, DateTimeOffset now)
    {
        // The token vanished between issue and push: the device is pull-only now, and the contract pairs noToken with channel none.
        if (state == DeliveryState.NoToken)
        {
            delivery.Channel = DeliveryChannel.None;
        }

        delivery.State = state;
        delivery.Error = error;
        challenge.Revision++;
        _events.Add(new ChallengeDelivered(challenge.Id, challenge.Kind, delivery.DeviceId, delivery.Channel, state, error, now));
    }

    private static MfaFailure NotPending(ChallengeRecord challenge) =>
        new(MfaErrorCode.ChallengeNotPending, $"The challenge is already {challenge.Status}.", null, challenge.Status, challenge.Reason);

    private static DeliveryRecord NewDelivery(DeviceRecord device) => device.SealedPushToken is not null
        ? new DeliveryRecord { DeviceId = device.Id, Channel = device.Platform == DevicePlatform.Ios ? DeliveryChannel.Apns : DeliveryChannel.Fcm, State = DeliveryState.Pending }
        : new DeliveryRecord { DeviceId = device.Id, Channel = DeliveryChannel.None, State = DeliveryState.NoToken };
}
