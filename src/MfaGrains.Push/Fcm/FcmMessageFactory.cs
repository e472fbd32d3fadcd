using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Fcm;

/// <summary>Turns a challenge notification into the contract's FCM body: ids only, priority high, ttl = remaining lifetime.</summary>
internal static class FcmMessageFactory
{
    /// <summary>FCM's upper bound for <c>android.ttl</c> (28 days).</summary>
    private const long MaxTtlSeconds = 2_419_200;

    public static FcmSendRequest Create(PushMessage message, TimeSpan remaining)
    {
        // Only identifiers: the phone fetches the rest over its own authenticated channel.
        var data = new Dictionary<string, string>(3)
        {
            ["type"] = "mfaChallenge",
            ["challengeId"] = message.ChallengeId,
            ["deviceId"] = message.DeviceId,
        };
        return new FcmSendRequest(new FcmMessage(message.DeviceToken, data, new AndroidConfig("high", FormatTtl(remaining))));
    }

    /// <summary>Whole seconds, rounded down so FCM never holds a push past the challenge's expiry.</summary>
    public static string FormatTtl(TimeSpan remaining)
    {
        var seconds = Math.Clamp((long)Math.Floor(remaining.TotalSeconds), 0, MaxTtlSeconds);
        return $"{seconds}s";
    }
}
