using Microsoft.Extensions.Logging;

namespace MfaGrains.Messaging.Webhook;

/// <summary>What the webhook sender logs: the send's reference and the status. Never the code, the number, the secret or the signature.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Passcode gateway accepted {Channel} passcode {Reference} with HTTP {Status}")]
    public static partial void Accepted(ILogger logger, string channel, string reference, int status);

    [LoggerMessage(EventId = 5202, Message = "Passcode gateway refused {Channel} passcode {Reference} with HTTP {Status}")]
    public static partial void Refused(ILogger logger, LogLevel level, string channel, string reference, int status);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Passcode gateway send of {Channel} passcode {Reference} failed in transport: {Error}")]
    public static partial void TransportFailed(ILogger logger, Exception exception, string channel, string reference, string error);
}
