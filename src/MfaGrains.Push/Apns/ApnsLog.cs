using System.Security.Cryptography;
using System.Text;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Push.Apns;

/// <summary>
/// What the APNs sender logs. Templates carry a device token only as an 8-character hash tag and never the provider JWT:
/// the token addresses a phone and the JWT authenticates us for up to an hour.
/// </summary>
internal static partial class ApnsLog
{
    /// <summary>The first 8 hex digits of the token's SHA-256: enough to correlate log lines, useless to send a push.</summary>
    public static string TokenTag(string deviceToken) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deviceToken)))[..8];

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "APNs accepted push {ApnsId} for challenge {ChallengeId} (token #{TokenTag})")]
    public static partial void Accepted(ILogger logger, string? apnsId, string challengeId, string tokenTag);

    [LoggerMessage(EventId = 2, Message = "APNs answered {Status} {Reason} for challenge {ChallengeId} (token #{TokenTag}): {Outcome}")]
    public static partial void Rejected(ILogger logger, LogLevel level, int status, string? reason, string challengeId, string tokenTag, PushOutcome outcome);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "APNs says token #{TokenTag} has been unregistered since {InvalidSince}")]
    public static partial void UnregisteredSince(ILogger logger, string tokenTag, DateTimeOffset invalidSince);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "APNs request for challenge {ChallengeId} failed in transport ({Error}): {Outcome}")]
    public static partial void TransportFailed(ILogger logger, Exception exception, string challengeId, string error, PushOutcome outcome);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "APNs called the provider token expired; sending challenge {ChallengeId} once more with a new one")]
    public static partial void ProviderTokenRenewed(ILogger logger, string challengeId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "APNs called a provider token expired that is only {Age} old; check this server's clock")]
    public static partial void ProviderTokenTooYoungToExpire(ILogger logger, TimeSpan age);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Not sending challenge {ChallengeId} to a malformed APNs device token (token #{TokenTag})")]
    public static partial void MalformedToken(ILogger logger, string challengeId, string tokenTag);
}
