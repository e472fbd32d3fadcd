using MfaGrains.Contracts.References;
using MfaGrains.Grains.Identifiers;
using MfaGrains.Grains.Secrets;
using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;

namespace MfaGrains.Grains.Users;

public sealed partial class UserGrain
{
    public async Task<MfaResult<ChallengeCreated>> CreateSignInChallenge(ChallengeContext context)
    {
        var now = Settle();
        if (Account.RefuseSignIn(now) is { } refusal)
        {
            return refusal;
        }

        var targets = Account.ActiveDevices;
        if (targets.Count == 0)
        {
            return new MfaFailure(MfaErrorCode.NoActiveDevice, "The user has no active device to approve a sign-in.");
        }

        return await Issue(ChallengeKind.SignIn, null, targets, context, now, now + policy.Challenges.Lifetime);
    }

    public async Task<MfaResult<ChallengeCreated>> CreateTestChallenge(string enrolmentId, ChallengeContext context)
    {
        var now = Settle();
        var enrolment = Account.FindEnrolment(enrolmentId);
        if (enrolment is null)
        {
            return EnrolmentNotFound();
        }

        if (enrolment.Status != EnrolmentStatus.AwaitingVerification || Account.FindDevice(enrolment.DeviceId!) is not { } device)
        {
            return new MfaFailure(MfaErrorCode.EnrolmentNotPending, $"The enrolment is {enrolment.Status}, not awaiting verification.");
        }

        // A test never outlives its enrolment, so an expired enrolment leaves no test pending.
        var expiresAt = Min(now + policy.Challenges.Lifetime, enrolment.ExpiresAt);
        return await Issue(ChallengeKind.EnrolmentTest, enrolment.Id, [device], context, now, expiresAt);
    }

    public Task<MfaResult<ChallengeView>> GetChallenge(string challengeId)
    {
        var now = Settle();
        return Task.FromResult<MfaResult<ChallengeView>>(Account.FindChallenge(challengeId) is { } challenge
            ? Account.ToView(challenge, now)
            : ChallengeNotFound());
    }

    public async Task<MfaResult> CancelChallenge(string challengeId)
    {
        var cancelled = Account.CancelByPortal(challengeId, Settle());
        if (!cancelled.Succeeded)
        {
            return cancelled.Failure!;
        }

        await Save();
        return MfaResult.Ok;
    }

    public async Task<MfaResult<AnswerOutcome>> AnswerChallenge(ChallengeAnswer answer)
    {
        var answered = Account.Answer(answer, Settle(), out var removedDevice);
        if (answered.Value is not { } challenge)
        {
            return answered.Failure!;
        }

        await Save();
        UserGrainLog.ChallengeAnswered(logger, challenge.Id, challenge.Status, challenge.Reason);
        if (removedDevice is not null)
        {
            await GrainFactory.Get<IDeviceGrain>(removedDevice.Id).Unregister(UserId);
        }

        return new AnswerOutcome(challenge.Id, challenge.Status, challenge.Reason);
    }

    private async Task<MfaResult<ChallengeCreated>> Issue(
        ChallengeKind kind, string? enrolmentId, IReadOnlyList<DeviceRecord> targets, ChallengeContext context, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        var number = SecureRandom.MatchingNumber(policy.Challenges.NumberDigits);
        var challenge = Account.Issue(
            SecureRandom.NewId(IdPrefixes.Challenge), kind, enrolmentId, targets, context, hasher.Hash(SecretPurposes.ChallengeNumber, number), now, expiresAt);
        await Save();
        UserGrainLog.ChallengeIssued(logger, challenge.Id, kind, targets.Count);
        var created = new ChallengeCreated(Account.ToView(challenge, now), number, targets.Count);
        RequestPushes(challenge, targets);
        return created;
    }

    public Task RecordDelivery(string challengeId, string deviceId, DeliveryState state, string? error)
    {
        if (Account.FindChallenge(challengeId) is { } challenge && challenge.Deliveries.Find(d => d.DeviceId == deviceId) is { } delivery)
        {
            // Stored and audited with the user's next write (the answer's, usually), so a push costs no write of its own.
            // Waiters see it at once: a delivery is progress to show, not an answer.
            Account.RecordDelivery(challenge, delivery, state, error, clock.GetUtcNow());
            _changes.Notify();
        }

        return Task.CompletedTask;
    }

    /// <summary>Queues a push to each target with a token; the portal's answer never waits on a push service.</summary>
    private void RequestPushes(ChallengeRecord challenge, IReadOnlyList<DeviceRecord> targets)
    {
        foreach (var device in targets)
        {
            if (PushTokenOf(device) is { } token)
            {
                var provider = device.Platform == DevicePlatform.Ios ? PushProvider.Apns : PushProvider.Fcm;
                pushes.Enqueue(new PushJob(provider, new PushMessage(token, challenge.Id, device.Id, challenge.Context.Application, challenge.ExpiresAt), UserId));
            }
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static MfaFailure ChallengeNotFound() => new(MfaErrorCode.ChallengeNotFound, "No such challenge for this user.");
}
