namespace MfaGrains.Grains.Users;

/// <summary>Log events of the user grain. Templates carry identifiers only: never a number, code, seed, key or phone number.</summary>
internal static partial class UserGrainLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Enrolment {EnrolmentId} started")]
    public static partial void EnrolmentStarted(ILogger logger, string enrolmentId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Enrolment {EnrolmentId} activated device {DeviceId}")]
    public static partial void DeviceActivated(ILogger logger, string enrolmentId, string deviceId);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Challenge {ChallengeId} ({Kind}) issued to {DeviceCount} devices")]
    public static partial void ChallengeIssued(ILogger logger, string challengeId, ChallengeKind kind, int deviceCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Challenge {ChallengeId} answered: {Status} {Reason}")]
    public static partial void ChallengeAnswered(ILogger logger, string challengeId, ChallengeStatus status, ChallengeReason? reason);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug, Message = "Passcode accepted: {Method} (device {DeviceId}, authenticator {TotpId})")]
    public static partial void PasscodeAccepted(ILogger logger, PasscodeMethod method, string? deviceId, string? totpId);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Passcode refused")]
    public static partial void PasscodeRefused(ILogger logger);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Passcodes locked until {LockedUntil} after repeated wrong codes")]
    public static partial void PasscodesLocked(ILogger logger, DateTimeOffset lockedUntil);

    [LoggerMessage(EventId = 1211, Level = LogLevel.Information, Message = "Standalone TOTP {TotpId} created")]
    public static partial void TotpCreated(ILogger logger, string totpId);

    [LoggerMessage(EventId = 1212, Level = LogLevel.Information, Message = "Standalone TOTP {TotpId} confirmed")]
    public static partial void TotpConfirmed(ILogger logger, string totpId);

    [LoggerMessage(EventId = 1213, Level = LogLevel.Information, Message = "Standalone TOTP {TotpId} removed")]
    public static partial void TotpRemoved(ILogger logger, string totpId);

    [LoggerMessage(EventId = 1221, Level = LogLevel.Information, Message = "Passcode {Reference} handed to the {Channel} gateway as {GatewayId}")]
    public static partial void PasscodeSent(ILogger logger, string reference, PhoneChannel channel, string? gatewayId);

    [LoggerMessage(EventId = 1222, Level = LogLevel.Warning, Message = "Passcode {Reference}: the {Channel} gateway refused it ({Error})")]
    public static partial void PasscodeRefusedByGateway(ILogger logger, string reference, PhoneChannel channel, string? error);

    [LoggerMessage(EventId = 1223, Level = LogLevel.Error, Message = "Passcode {Reference}: the {Channel} sender failed with {ExceptionType}")]
    public static partial void PasscodeSendFailed(ILogger logger, string reference, PhoneChannel channel, string exceptionType);

    [LoggerMessage(EventId = 1224, Level = LogLevel.Error, Message = "Passcode {Reference}: the {Channel} gateway did not answer within {Timeout}")]
    public static partial void PasscodeSendTimedOut(ILogger logger, string reference, PhoneChannel channel, TimeSpan timeout);

    [LoggerMessage(EventId = 1225, Level = LogLevel.Error, Message = "No passcode sender serves the {Channel} channel; configure one or stop offering it")]
    public static partial void NoPasscodeSender(ILogger logger, PhoneChannel channel);

    [LoggerMessage(EventId = 1904, Level = LogLevel.Warning, Message = "Device {DeviceId} could not hand over the push token an older engine kept with it; the phone is reached by pull until the next activation")]
    public static partial void PushTokenNotMoved(ILogger logger, string deviceId, Exception exception);

    [LoggerMessage(EventId = 1902, Level = LogLevel.Error, Message = "A write failed and the stored state could not be read back; the activation is dropped")]
    public static partial void RollBackFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1903, Level = LogLevel.Warning, Message = "The changes recorded since the last write could not be stored at deactivation")]
    public static partial void DeactivationWriteFailed(ILogger logger, Exception exception);
}
