using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Push.Fcm;

/// <summary>The FCM sender's log events. Templates carry ids only: never a registration token, an access token or a number.</summary>
internal static partial class FcmSenderLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "FCM accepted the push for challenge {ChallengeId} to device {DeviceId} as {MessageName}")]
    public static partial void Delivered(this ILogger logger, string challengeId, string deviceId, string? messageName);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "FCM refused the push for challenge {ChallengeId} to device {DeviceId}: HTTP {StatusCode} {Reason} ({Outcome})")]
    public static partial void Refused(this ILogger logger, string challengeId, string deviceId, int statusCode, string reason, PushOutcome outcome);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "FCM rejected the access token; refreshing it once for challenge {ChallengeId}")]
    public static partial void AccessTokenRejected(this ILogger logger, string challengeId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "FCM could not be reached for challenge {ChallengeId} to device {DeviceId}")]
    public static partial void TransportFailed(this ILogger logger, string challengeId, string deviceId, Exception exception);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "No FCM access token for challenge {ChallengeId}: {Reason} ({Outcome})")]
    public static partial void AccessTokenUnavailable(this ILogger logger, string challengeId, string reason, PushOutcome outcome, Exception exception);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Debug, Message = "Challenge {ChallengeId} expired before its FCM push was sent")]
    public static partial void Expired(this ILogger logger, string challengeId);
}
