using MfaGrains.Messaging.Sending;

namespace MfaGrains.Messaging.Webhook;

/// <summary>Reads <see cref="WebhookOptions.Channels"/>: <c>sms</c> and <c>voice</c> in any case, voice when none are listed.</summary>
internal static class WebhookChannels
{
    /// <summary>The served channels, or null when a name is neither sms nor voice.</summary>
    public static IReadOnlySet<PasscodeChannel>? TryParse(IReadOnlyCollection<string?> names)
    {
        if (names.Count == 0)
        {
            return new HashSet<PasscodeChannel> { PasscodeChannel.Voice };
        }

        var channels = new HashSet<PasscodeChannel>();
        foreach (var name in names)
        {
            switch (name?.Trim().ToUpperInvariant())
            {
                case "SMS":
                    channels.Add(PasscodeChannel.Sms);
                    break;
                case "VOICE":
                    channels.Add(PasscodeChannel.Voice);
                    break;
                default:
                    return null;
            }
        }

        return channels;
    }
}
