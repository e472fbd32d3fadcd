namespace MfaGrains.Contracts.Errors;

/// <summary>The contract's closed list of machine-readable error codes; the API maps each to its HTTP status.</summary>
[GenerateSerializer, Alias("mfa.MfaErrorCode")]
public enum MfaErrorCode
{
    Unauthenticated = 1,
    InvalidSignature = 2,
    StaleSignature = 3,
    ValidationFailed = 4,
    UnsupportedMediaType = 5,
    PayloadTooLarge = 6,
    NotFound = 7,
    UserNotFound = 8,
    EnrolmentNotFound = 9,
    EnrolmentNotPending = 10,
    InvalidActivationCode = 11,
    DeviceAlreadyRegistered = 12,
    DeviceNotFound = 13,
    TooManyDevices = 14,
    TooManyAttempts = 15,
    NoActiveDevice = 16,
    ChallengeNotFound = 17,
    ChallengeNotPending = 18,
    TooManyChallenges = 19,
    Locked = 20,
    InvalidCode = 21,
    TotpNotFound = 22,
    InvalidPhoneNumber = 23,
    PhoneNumberMissing = 24,
}
