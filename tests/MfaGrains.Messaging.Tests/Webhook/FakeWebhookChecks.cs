using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Messaging.Tests.Webhook;

/// <summary>
/// What a careful receiver of our webhook checks, written from the documented scheme rather than from the sender's code: the
/// timestamp within 5 minutes of its clock, <c>sha256=</c> + lowercase hex HMAC-SHA256 of <c>"{timestamp}.{body}"</c>, and
/// exactly the five documented body members.
/// </summary>
internal static partial class FakeWebhookChecks
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private static readonly string[] Members = ["channel", "code", "expiresAt", "phoneNumber", "reference"];

    /// <summary>The signing time, or a refusal detail.</summary>
    public static (long Timestamp, string? Problem) Signature(IHeaderDictionary headers, byte[] body, byte[] secret, DateTimeOffset now)
    {
        var timestamps = headers["X-MfaGrains-Timestamp"];
        var signatures = headers["X-MfaGrains-Signature"];
        if (timestamps.Count != 1 || !long.TryParse(timestamps[0], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return (0, "X-MfaGrains-Timestamp is not one integer");
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if (age.Duration() > Tolerance)
        {
            return (0, $"timestamp is {age} from the receiver's clock");
        }

        if (signatures.Count != 1 || signatures[0] is not { } signature || !SignatureFormat().IsMatch(signature))
        {
            return (0, "X-MfaGrains-Signature is not one 'sha256=<64 lowercase hex>'");
        }

        var signed = Encoding.ASCII.GetBytes($"{timestamp}.").Concat(body).ToArray();
        var expected = HMACSHA256.HashData(secret, signed);
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(signature["sha256=".Length..]))
            ? (timestamp, null)
            : (0, "signature does not verify with the shared secret");
    }

    /// <summary>The body's values, or a refusal detail.</summary>
    public static (ReceivedWebhook? Request, string? Problem) Body(byte[] body, long timestamp)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, "body is not JSON");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "body is not an object");
        }

        var names = root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        if (!names.SequenceEqual(Members) || root.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.String))
        {
            return (null, $"members are [{string.Join(',', names)}], not exactly five strings [{string.Join(',', Members)}]");
        }

        string Get(string name) => root.GetProperty(name).GetString()!;
        if (Get("channel") is not ("sms" or "voice"))
        {
            return (null, "channel is not sms or voice");
        }

        if (!E164().IsMatch(Get("phoneNumber")) || !SixDigits().IsMatch(Get("code")) || Get("reference").Length == 0)
        {
            return (null, "phoneNumber is not E.164, code not six digits or reference empty");
        }

        var expiresAtText = Get("expiresAt");
        if (!expiresAtText.EndsWith('Z')
            || !DateTimeOffset.TryParseExact(expiresAtText, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiresAt)
            || expiresAt <= DateTimeOffset.FromUnixTimeSeconds(timestamp))
        {
            return (null, $"expiresAt '{expiresAtText}' is not an ISO 8601 UTC time with Z after the timestamp");
        }

        return (new ReceivedWebhook(Get("channel"), Get("phoneNumber"), Get("code"), expiresAt, Get("reference"), timestamp, 0), null);
    }

    [GeneratedRegex("^sha256=[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureFormat();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();

    [GeneratedRegex("^[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex SixDigits();
}
