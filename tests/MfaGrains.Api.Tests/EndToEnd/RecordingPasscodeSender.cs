using System.Collections.Concurrent;
using MfaGrains.Messaging.Sending;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>A test double of our own sender interface standing in for the SMS and voice gateways: it accepts every message and keeps it, code included, as the phone would receive it.</summary>
public sealed class RecordingPasscodeSender : IPasscodeSender
{
    private readonly ConcurrentQueue<PasscodeMessage> _messages = new();

    public bool Serves(PasscodeChannel channel) => true;

    public Task<PasscodeSendResult> SendAsync(PasscodeMessage message, CancellationToken cancellationToken)
    {
        _messages.Enqueue(message);
        return Task.FromResult(new PasscodeSendResult(true, "gw-" + message.Reference, null));
    }

    /// <summary>Messages sent to <paramref name="phoneNumber"/>, oldest first; each test uses a number of its own.</summary>
    public IReadOnlyList<PasscodeMessage> To(string phoneNumber) => _messages.Where(m => m.PhoneNumber == phoneNumber).ToList();

    public IReadOnlyList<PasscodeMessage> All => [.. _messages];
}
