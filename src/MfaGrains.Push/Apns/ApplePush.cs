using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Apns;

/// <summary>One APNs request, like dotAPNS' <c>ApplePush</c>: the device, the headers and the payload, fixed before the first attempt.</summary>
/// <param name="DeviceToken">The hex device token, the last path segment.</param>
/// <param name="Topic">The bundle id (<c>apns-topic</c>).</param>
/// <param name="ApnsId">A canonical lowercase UUID (<c>apns-id</c>), the same on a retry so Apple can recognise a duplicate.</param>
/// <param name="Expiration">UNIX seconds after which Apple stops trying (<c>apns-expiration</c>).</param>
/// <param name="CollapseId">The challenge id (<c>apns-collapse-id</c>), so a duplicate replaces rather than adds a notification.</param>
/// <param name="Payload">The UTF-8 JSON body.</param>
internal sealed record ApplePush(string DeviceToken, string Topic, string ApnsId, long Expiration, string? CollapseId, byte[] Payload)
{
    public const string PushType = "alert";
    public const string Priority = "10";

    private const int MaxCollapseIdBytes = 64;

    public static ApplePush ForChallenge(PushMessage message, string topic) => new(
        message.DeviceToken,
        topic,
        Guid.NewGuid().ToString("D"),
        message.ExpiresAt.ToUnixTimeSeconds(),
        // Apple refuses the whole push over a too-long collapse id; losing de-duplication is the lesser harm.
        Encoding.UTF8.GetByteCount(message.ChallengeId) <= MaxCollapseIdBytes ? message.ChallengeId : null,
        ApnsPayload.ForChallenge(message));

    /// <summary>The HTTP/2 request for one attempt; <paramref name="deviceUrlPrefix"/> ends in <c>/3/device/</c>.</summary>
    public HttpRequestMessage CreateRequest(string deviceUrlPrefix, string providerToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(deviceUrlPrefix + DeviceToken))
        {
            // A hand-made request ignores HttpClient.DefaultRequestVersion, so the version is pinned here too: never downgrade.
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(Payload) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("bearer", providerToken);
        request.Headers.TryAddWithoutValidation("apns-topic", Topic);
        request.Headers.TryAddWithoutValidation("apns-push-type", PushType);
        request.Headers.TryAddWithoutValidation("apns-priority", Priority);
        request.Headers.TryAddWithoutValidation("apns-expiration", Expiration.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("apns-id", ApnsId);
        if (CollapseId is not null)
        {
            request.Headers.TryAddWithoutValidation("apns-collapse-id", CollapseId);
        }

        return request;
    }

    /// <summary>The token's log tag (an 8-digit hash); the token itself is never logged.</summary>
    public string TokenTag => ApnsLog.TokenTag(DeviceToken);

    /// <summary>True for a non-empty hex token; anything else could never reach a device, or would escape the URL path.</summary>
    public bool HasWellFormedToken => DeviceToken.Length > 0 && DeviceToken.All(char.IsAsciiHexDigit);
}
