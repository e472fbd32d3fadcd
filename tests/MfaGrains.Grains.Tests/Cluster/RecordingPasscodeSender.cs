using System.Collections.Concurrent;
using MfaGrains.Messaging.Sending;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>
/// Stands in for the SMS and voice gateways: records each message (code included, as a phone would receive it) and
/// accepts it. A test may narrow the channels it serves, or make it refuse or fail, to see what the grain does then.
/// </summary>
public sealed class RecordingPasscodeSender : IPasscodeSender
{
    public ConcurrentQueue<PasscodeMessage> Messages { get; } = new();

    public IReadOnlySet<PasscodeChannel> Channels { get; set; } = new HashSet<PasscodeChannel> { PasscodeChannel.Sms, PasscodeChannel.Voice };

    /// <summary>How the gateway answers after recording; accepting by default. A test may make it refuse or throw.</summary>
    public Func<PasscodeMessage, PasscodeSendResult> Answer { get; set; } = Accept;

    public static PasscodeSendResult Accept(PasscodeMessage message) => new(true, "gw-" + message.Reference, null);

    public bool Serves(PasscodeChannel channel) => Channels.Contains(channel);

    public Task<PasscodeSendResult> SendAsync(PasscodeMessage message, CancellationToken cancellationToken)
    {
        Messages.Enqueue(message);
        return Task.FromResult(Answer(message));
    }

    /// <summary>The messages sent to <paramref name="phoneNumber"/>, oldest first; tests use a number of their own.</summary>
    public IReadOnlyList<PasscodeMessage> To(string phoneNumber) => Messages.Where(m => m.PhoneNumber == phoneNumber).ToList();
}
