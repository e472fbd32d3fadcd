namespace MfaGrains.Client;

/// <summary>The contract's closed list of problem codes, for comparing with <see cref="MfaProblemException.Code"/>.</summary>
public static class MfaErrorCodes
{
    public const string Unauthenticated = "unauthenticated";
    public const string InvalidSignature = "invalid_signature";
    public const string StaleSignature = "stale_signature";
    public const string ValidationFailed = "validation_failed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string PayloadTooLarge = "payload_too_large";
    public const string NotFound = "not_found";
    public const string UserNotFound = "user_not_found";
    public const string EnrolmentNotFound = "enrolment_not_found";
    public const string EnrolmentNotPending = "enrolment_not_pending";
    public const string InvalidActivationCode = "invalid_activation_code";
    public const string DeviceAlreadyRegistered = "device_already_registered";
    public const string DeviceNotFound = "device_not_found";
    public const string TooManyDevices = "too_many_devices";
    public const string TooManyAttempts = "too_many_attempts";
    public const string NoActiveDevice = "no_active_device";
    public const string ChallengeNotFound = "challenge_not_found";
    public const string ChallengeNotPending = "challenge_not_pending";
    public const string TooManyChallenges = "too_many_challenges";
    public const string Locked = "locked";
    public const string InvalidCode = "invalid_code";
    public const string TotpNotFound = "totp_not_found";
    public const string InvalidPhoneNumber = "invalid_phone_number";
    public const string PhoneNumberMissing = "phone_number_missing";
}
