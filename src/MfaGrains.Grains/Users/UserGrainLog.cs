namespace MfaGrains.Grains.Users;

/// <summary>Log events of the user grain. Templates carry identifiers only: never a number, code or key.</summary>
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
}
