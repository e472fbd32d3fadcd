using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    public EnrolmentRecord StartEnrolment(string enrolmentId, string? deviceLabel, string codeHash, ProtectedSecret sealedCode, DateTimeOffset now)
    {
        var enrolment = new EnrolmentRecord
        {
            Id = enrolmentId,
            Status = EnrolmentStatus.AwaitingActivation,
            CodeHash = codeHash,
            SealedCode = sealedCode,
            DeviceLabel = deviceLabel,
            CreatedAt = now,
            ExpiresAt = now + policy.Enrolment.Lifetime,
        };
        state.Enrolments.Add(enrolment);
        _events.Add(new EnrolmentMoved(enrolmentId, EnrolmentStatus.AwaitingActivation, null, now));
        return enrolment;
    }

    /// <summary>Checks an activation in the contract's order and returns the enrolment to activate.</summary>
    public MfaResult<EnrolmentRecord> CheckActivation(ActivationRequest request, DateTimeOffset now)
    {
        var enrolment = FindEnrolment(request.EnrolmentId);
        if (enrolment is not { Status: EnrolmentStatus.AwaitingActivation } || enrolment.ExpiresAt <= now
            || !hasher.Matches(SecretPurposes.ActivationCode, request.ActivationCode, enrolment.CodeHash))
        {
            return new MfaFailure(MfaErrorCode.InvalidActivationCode, "The activation code is unknown, used, cancelled or expired.");
        }

        if (FindDevice(request.DeviceId) is not null)
        {
            return new MfaFailure(MfaErrorCode.DeviceAlreadyRegistered, "This key is already registered as a device.");
        }

        return RefuseAnotherDevice(now, enrolment.Id) is { } refusal ? refusal : enrolment;
    }

    /// <summary>Binds the new, still unverified device, its sealed TOTP seed and push token to the enrolment; the code is forgotten.</summary>
    public void Activate(EnrolmentRecord enrolment, ActivationRequest request, ProtectedSecret totpSeed, ProtectedSecret? pushToken, DateTimeOffset now)
    {
        enrolment.Status = EnrolmentStatus.AwaitingVerification;
        enrolment.DeviceId = request.DeviceId;
        enrolment.DeviceName = request.DeviceName ?? enrolment.DeviceLabel;
        enrolment.Platform = request.Platform;
        enrolment.SealedCode = null;
        var device = new DeviceRecord
        {
            Id = request.DeviceId,
            Name = enrolment.DeviceName,
            Platform = request.Platform,
            Status = DeviceStatus.AwaitingVerification,
            EnrolmentId = enrolment.Id,
            EnrolledAt = now,
            LastSeenAt = now,
            TotpSeed = totpSeed,
        };
        device.SetPushToken(pushToken);
        state.Devices.Add(device);
        _events.Add(new EnrolmentMoved(enrolment.Id, EnrolmentStatus.AwaitingVerification, request.DeviceId, now));
        _events.Add(new DeviceAdded(request.DeviceId, request.Platform, enrolment.Id, now));
    }

    public MfaResult<EnrolmentRecord> CancelEnrolment(string enrolmentId, DateTimeOffset now)
    {
        var enrolment = FindEnrolment(enrolmentId);
        if (enrolment is null)
        {
            return new MfaFailure(MfaErrorCode.EnrolmentNotFound, "No such enrolment for this user.");
        }

        if (!enrolment.IsPending)
        {
            return new MfaFailure(MfaErrorCode.EnrolmentNotPending, $"The enrolment is already {enrolment.Status}.");
        }

        foreach (var test in state.Challenges.Where(c => c.IsPending && c.EnrolmentId == enrolment.Id))
        {
            Resolve(test, ChallengeStatus.Cancelled, ChallengeReason.CancelledByPortal, now);
        }

        End(enrolment, EnrolmentStatus.Cancelled, now);
        return enrolment;
    }

    public EnrolmentView ToView(EnrolmentRecord enrolment) => new(
        enrolment.Id, userId, enrolment.Status, enrolment.DeviceId, enrolment.DeviceName, enrolment.Platform, enrolment.ExpiresAt);
}
