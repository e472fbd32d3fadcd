using Microsoft.Extensions.Logging;

namespace MfaGrains.Messaging.Notify;

/// <summary>What the Notify sender logs: the send's reference, Notify's ids and error types. Never the code, the number, the key or the JWT.</summary>
internal static partial class NotifyLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "GOV.UK Notify accepted passcode SMS {Reference} as notification {NotificationId}")]
    public static partial void Accepted(ILogger logger, string reference, string? notificationId);

    [LoggerMessage(EventId = 5102, Message = "GOV.UK Notify refused passcode SMS {Reference}: HTTP {Status} {Error} ({Detail})")]
    public static partial void Refused(ILogger logger, LogLevel level, string reference, int status, string error, string? detail);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "GOV.UK Notify send of passcode SMS {Reference} failed in transport: {Error}")]
    public static partial void TransportFailed(ILogger logger, Exception exception, string reference, string error);
}
