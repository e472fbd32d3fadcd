using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Problems;

/// <summary>The single place that maps each contract error code to its HTTP status, wire code and title.</summary>
public static class ProblemCatalogue
{
    /// <summary>Prefix of every problem <c>type</c> URI; the wire code is appended.</summary>
    public const string TypeBaseUri = "https://mfagrains.dev/problems/";

    private static readonly Dictionary<MfaErrorCode, ProblemDefinition> Definitions =
        Enum.GetValues<MfaErrorCode>().ToDictionary(code => code, Define);

    /// <summary>Every definition, one per <see cref="MfaErrorCode"/> value.</summary>
    public static IReadOnlyCollection<ProblemDefinition> All => Definitions.Values;

    /// <summary>The definition of <paramref name="code"/>.</summary>
    public static ProblemDefinition Get(MfaErrorCode code) =>
        Definitions.TryGetValue(code, out var definition)
            ? definition
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a contract error code.");

    // Explicit strings rather than a naming policy: the wire codes are a published, closed list.
    private static ProblemDefinition Define(MfaErrorCode code) => code switch
    {
        MfaErrorCode.Unauthenticated => new(code, "unauthenticated", 401, "Unauthenticated",
            "A valid portal API key is required."),
        MfaErrorCode.InvalidSignature => new(code, "invalid_signature", 401, "Invalid signature",
            "The request signature, its content digest or its key is missing or does not verify."),
        MfaErrorCode.StaleSignature => new(code, "stale_signature", 401, "Stale signature",
            "The signature's creation time is too far from the server's clock."),
        MfaErrorCode.ValidationFailed => new(code, "validation_failed", 400, "Validation failed",
            "The request is malformed, or a field is missing or has the wrong type."),
        MfaErrorCode.UnsupportedMediaType => new(code, "unsupported_media_type", 415, "Unsupported media type",
            "The request body must be JSON (Content-Type: application/json)."),
        MfaErrorCode.PayloadTooLarge => new(code, "payload_too_large", 413, "Payload too large",
            "The request body is larger than 16 KiB."),
        MfaErrorCode.NotFound => new(code, "not_found", 404, "Not found",
            "No resource matches this route."),
        MfaErrorCode.UserNotFound => new(code, "user_not_found", 404, "User not found",
            "No such user."),
        MfaErrorCode.EnrolmentNotFound => new(code, "enrolment_not_found", 404, "Enrolment not found",
            "No such enrolment for this user."),
        MfaErrorCode.EnrolmentNotPending => new(code, "enrolment_not_pending", 409, "Enrolment not pending",
            "The enrolment is not in a state that allows this."),
        MfaErrorCode.InvalidActivationCode => new(code, "invalid_activation_code", 400, "Invalid activation code",
            "The activation code is unknown, used, cancelled or expired."),
        MfaErrorCode.DeviceAlreadyRegistered => new(code, "device_already_registered", 409, "Device already registered",
            "This public key is already registered as a device."),
        MfaErrorCode.DeviceNotFound => new(code, "device_not_found", 404, "Device not found",
            "No such device."),
        MfaErrorCode.TooManyDevices => new(code, "too_many_devices", 409, "Too many devices",
            "The user already has the maximum number of devices."),
        MfaErrorCode.TooManyAttempts => new(code, "too_many_attempts", 429, "Too many attempts",
            "Too many attempts; try again later."),
        MfaErrorCode.NoActiveDevice => new(code, "no_active_device", 409, "No active device",
            "The user has no active device to approve a sign-in."),
        MfaErrorCode.ChallengeNotFound => new(code, "challenge_not_found", 404, "Challenge not found",
            "No such challenge."),
        MfaErrorCode.ChallengeNotPending => new(code, "challenge_not_pending", 409, "Challenge not pending",
            "The challenge has already been resolved."),
        MfaErrorCode.TooManyChallenges => new(code, "too_many_challenges", 429, "Too many challenges",
            "Too many sign-in challenges; try again later."),
        MfaErrorCode.Locked => new(code, "locked", 423, "Locked",
            "This is locked for the user; try again later or ask an administrator to unlock it."),
        MfaErrorCode.InvalidCode => new(code, "invalid_code", 400, "Invalid code",
            "The code is not valid."),
        MfaErrorCode.TotpNotFound => new(code, "totp_not_found", 404, "TOTP authenticator not found",
            "No such TOTP authenticator."),
        MfaErrorCode.InvalidPhoneNumber => new(code, "invalid_phone_number", 400, "Invalid phone number",
            "The phone number must be in E.164 format, such as +447700900123."),
        MfaErrorCode.PhoneNumberMissing => new(code, "phone_number_missing", 409, "Phone number missing",
            "The user has no phone number."),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a contract error code."),
    };
}
