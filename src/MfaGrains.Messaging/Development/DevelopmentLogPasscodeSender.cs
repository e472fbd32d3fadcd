using MfaGrains.Messaging.Gateways;
using MfaGrains.Messaging.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Messaging.Development;

/// <summary>
/// DEVELOPMENT ONLY: "sends" a passcode by writing it to the log at Warning level, so a developer can read it. The only place
/// a code is ever logged; it refuses to exist outside the Development environment.
/// </summary>
public sealed class DevelopmentLogPasscodeSender : IPasscodeSender
{
    private readonly IReadOnlySet<PasscodeChannel> _channels;
    private readonly ILogger<DevelopmentLogPasscodeSender> _logger;

    /// <summary>Creates the sender for <paramref name="channels"/>; throws unless <paramref name="environment"/> is Development.</summary>
    internal DevelopmentLogPasscodeSender(IHostEnvironment environment, IEnumerable<PasscodeChannel> channels, ILogger<DevelopmentLogPasscodeSender> logger)
    {
        // Checked again here, not only at registration, so no other path can put codes into a production log.
        DevelopmentOnly.Ensure(environment);
        _channels = channels.ToHashSet();
        _logger = logger;
    }

    /// <inheritdoc/>
    public bool Serves(PasscodeChannel channel) => _channels.Contains(channel);

    /// <inheritdoc/>
    public Task<PasscodeSendResult> SendAsync(PasscodeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Serves(message.Channel))
        {
            return Task.FromResult(new PasscodeSendResult(false, null, PasscodeGatewayErrors.ChannelNotServed));
        }

        DevelopmentLog.PasscodeWritten(_logger, message.Code, message.Channel, PhoneTail(message.PhoneNumber), message.ExpiresAt, message.Reference);
        return Task.FromResult(new PasscodeSendResult(true, $"development-log:{message.Reference}", null));
    }

    /// <summary>The last four digits: enough to tell a developer's test numbers apart, without a whole number in the log.</summary>
    private static string PhoneTail(string phoneNumber) => phoneNumber.Length > 4 ? "…" + phoneNumber[^4..] : "…";
}
