using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>Checks the apns-* headers as Apple does (push-providers.md §3, check 4).</summary>
internal static partial class FakeApnsHeaderCheck
{
    private static readonly string[] PushTypes = ["alert", "background", "voip", "complication", "fileprovider", "mdm", "liveactivity", "pushtotalk", "location"];
    private static readonly string[] SingleHeaders = ["authorization", "apns-topic", "apns-push-type", "apns-priority", "apns-expiration", "apns-id", "apns-collapse-id"];

    /// <summary>Null when the headers are good, else Apple's refusal.</summary>
    public static FakeApnsReply? Check(IHeaderDictionary headers, string expectedTopic)
    {
        if (SingleHeaders.FirstOrDefault(name => headers[name].Count > 1) is { } repeated)
        {
            return FakeApnsReply.Refuse(400, "DuplicateHeaders", $"{repeated} sent twice");
        }

        string? topic = headers["apns-topic"];
        if (string.IsNullOrEmpty(topic))
        {
            return FakeApnsReply.Refuse(400, "MissingTopic", "no apns-topic (required with token auth)");
        }

        if (topic != expectedTopic)
        {
            return FakeApnsReply.Refuse(400, "DeviceTokenNotForTopic", $"apns-topic '{topic}' is not '{expectedTopic}'");
        }

        string? pushType = headers["apns-push-type"];
        if (pushType is null || !PushTypes.Contains(pushType))
        {
            return FakeApnsReply.Refuse(400, "InvalidPushType", $"apns-push-type '{pushType}'");
        }

        string? priority = headers["apns-priority"];
        if (priority is not (null or "10" or "5" or "1") || (pushType == "background" && priority == "10"))
        {
            return FakeApnsReply.Refuse(400, "BadPriority", $"apns-priority '{priority}' with push type {pushType}");
        }

        string? expiration = headers["apns-expiration"];
        if (expiration is not null && (!expiration.All(char.IsAsciiDigit) || !long.TryParse(expiration, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return FakeApnsReply.Refuse(400, "BadExpirationDate", $"apns-expiration '{expiration}' is not UNIX seconds");
        }

        string? apnsId = headers["apns-id"];
        if (apnsId is not null && !CanonicalUuid().IsMatch(apnsId))
        {
            return FakeApnsReply.Refuse(400, "BadMessageId", $"apns-id '{apnsId}' is not a canonical lowercase UUID");
        }

        string? collapseId = headers["apns-collapse-id"];
        if (collapseId is not null && Encoding.UTF8.GetByteCount(collapseId) > 64)
        {
            return FakeApnsReply.Refuse(400, "BadCollapseId", "apns-collapse-id over 64 bytes");
        }

        return null;
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalUuid();
}
