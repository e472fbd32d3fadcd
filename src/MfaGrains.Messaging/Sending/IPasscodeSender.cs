namespace MfaGrains.Messaging.Sending;

/// <summary>Delivers one-time passcodes over one or more channels (an SMS gateway, a voice gateway, the development log).</summary>
public interface IPasscodeSender
{
    /// <summary>Whether this sender serves the channel.</summary>
    bool Serves(PasscodeChannel channel);

    /// <summary>Sends one passcode. Gateway refusals come back as a result; only cancellation throws.</summary>
    Task<PasscodeSendResult> SendAsync(PasscodeMessage message, CancellationToken cancellationToken);
}
