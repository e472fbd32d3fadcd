using MfaGrains.Contracts.Challenges;
using MfaGrains.Contracts.Devices;
using MfaGrains.Contracts.Enrolment;
using MfaGrains.Contracts.Errors;
using MfaGrains.Contracts.Passcodes;

namespace MfaGrains.Contracts.Accounts;

/// <summary>
/// One person: their enrolments, devices, challenges, limits and locks. Keyed by the lower-cased user id.
/// The single source of truth for challenge state; a device's inbox is a view of it.
/// </summary>
[Alias("mfa.IUserGrain")]
public interface IUserGrain : IGrainWithStringKey
{
    [Alias("CreateEnrolment")]
    Task<MfaResult<EnrolmentCreated>> CreateEnrolment(string? deviceLabel);

    [Alias("GetEnrolment")]
    Task<MfaResult<EnrolmentView>> GetEnrolment(string enrolmentId);

    /// <summary>The activation code of an enrolment still awaiting activation, for drawing its QR code.</summary>
    [Alias("GetActivationCode")]
    Task<MfaResult<string>> GetActivationCode(string enrolmentId);

    [Alias("CancelEnrolment")]
    Task<MfaResult> CancelEnrolment(string enrolmentId);

    [Alias("ActivateDevice")]
    Task<MfaResult<ActivationAccepted>> ActivateDevice(ActivationRequest request);

    [Alias("CreateTestChallenge")]
    Task<MfaResult<ChallengeCreated>> CreateTestChallenge(string enrolmentId, ChallengeContext context);

    [Alias("CreateSignInChallenge")]
    Task<MfaResult<ChallengeCreated>> CreateSignInChallenge(ChallengeContext context);

    [Alias("GetChallenge")]
    Task<MfaResult<ChallengeView>> GetChallenge(string challengeId);

    /// <summary>Answers once the challenge has left <c>pending</c>, or when <paramref name="maxWait"/> has passed.</summary>
    [AlwaysInterleave, ResponseTimeout("00:00:45"), Alias("WaitForResolution")]
    Task<MfaResult<ChallengeView>> WaitForResolution(string challengeId, TimeSpan maxWait, CancellationToken cancellationToken);

    /// <summary>Answers once the challenge's revision is past <paramref name="knownRevision"/>, or when <paramref name="maxWait"/> has passed.</summary>
    [AlwaysInterleave, ResponseTimeout("00:00:45"), Alias("WaitForChange")]
    Task<MfaResult<ChallengeView>> WaitForChange(string challengeId, int knownRevision, TimeSpan maxWait, CancellationToken cancellationToken);

    [Alias("CancelChallenge")]
    Task<MfaResult> CancelChallenge(string challengeId);

    /// <summary>The device's pending challenges, newest first; waits up to <paramref name="maxWait"/> for one when there are none.</summary>
    [AlwaysInterleave, ResponseTimeout("00:00:45"), Alias("GetPendingChallenges")]
    Task<MfaResult<IReadOnlyList<PendingChallenge>>> GetPendingChallenges(string deviceId, TimeSpan maxWait, CancellationToken cancellationToken);

    [Alias("AnswerChallenge")]
    Task<MfaResult<AnswerOutcome>> AnswerChallenge(ChallengeAnswer answer);

    [Alias("RemoveDevice")]
    Task<MfaResult> RemoveDevice(string deviceId);

    /// <summary>Stores the phone's new push token (null: pull only) with its device and records whether it can be pushed to.</summary>
    [Alias("UpdatePushToken")]
    Task<MfaResult> UpdatePushToken(string deviceId, string? pushToken);

    /// <summary>Clears a token the push service reported dead, unless the phone has already rotated it.</summary>
    [Alias("ClearDeadPushToken")]
    Task ClearDeadPushToken(string deviceId, string pushToken);

    /// <summary>Records how the push of a challenge to one device ended; kept in memory and stored with the next write.</summary>
    [OneWay, Alias("RecordDelivery")]
    Task RecordDelivery(string challengeId, string deviceId, DeliveryState state, string? error);

    [Alias("GetAccount")]
    Task<MfaResult<AccountView>> GetAccount();

    [Alias("Unlock")]
    Task<MfaResult> Unlock();

    /// <summary>Checks a passcode (TOTP of an active device or confirmed standalone authenticator, or the SMS/voice code); refusals count toward the passcode lock.</summary>
    [Alias("VerifyPasscode")]
    Task<MfaResult<PasscodeVerification>> VerifyPasscode(string code);

    /// <summary>Issues a one-time code, stores only its hash, then hands it to the channel's sender.</summary>
    [Alias("SendPasscode")]
    Task<MfaResult<PasscodeSent>> SendPasscode(PhoneChannel channel);

    [Alias("SetPhoneNumber")]
    Task<MfaResult> SetPhoneNumber(string phoneNumber);

    [Alias("CreateTotp")]
    Task<MfaResult<TotpCreated>> CreateTotp();

    /// <summary>The seed of a standalone TOTP that is not confirmed yet, for drawing its QR code.</summary>
    [Alias("GetTotpEnrolmentSecret")]
    Task<MfaResult<TotpEnrolmentSecret>> GetTotpEnrolmentSecret(string totpId);

    [Alias("ConfirmTotp")]
    Task<MfaResult> ConfirmTotp(string totpId, string code);

    [Alias("RemoveTotp")]
    Task<MfaResult> RemoveTotp(string totpId);

    /// <summary>Whether the device is still one of this user's (active, or unverified within a live enrolment).</summary>
    [AlwaysInterleave, Alias("IsDeviceLive")]
    Task<bool> IsDeviceLive(string deviceId);
}
