using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Messaging.Development;

/// <summary>The development sender's one log line: deliberately carries the code, and says so loudly.</summary>
internal static partial class DevelopmentLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "DEVELOPMENT ONLY - NOT SENT: passcode {Code} for {Channel} to {PhoneTail}, expires {ExpiresAt:O} (reference {Reference}). "
            + "The development log sender runs only in the Development environment; configure Messaging:Notify or Messaging:Webhook to really send.")]
    public static partial void PasscodeWritten(ILogger logger, string code, PasscodeChannel channel, string phoneTail, DateTimeOffset expiresAt, string reference);
}
