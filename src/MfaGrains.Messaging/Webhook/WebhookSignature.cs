using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Messaging.Webhook;

/// <summary>
/// The webhook's authentication: <c>X-MfaGrains-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 with the shared secret of
/// <c>"{timestamp}.{body}"</c>, where <c>X-MfaGrains-Timestamp</c> carries the UNIX seconds. Signing the timestamp with the body
/// lets the receiver refuse old or replayed requests without trusting an unsigned header.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-MfaGrains-Signature";

    /// <summary>The header carrying the signing time in UNIX seconds.</summary>
    public const string TimestampHeader = "X-MfaGrains-Timestamp";

    /// <summary>The prefix of the signature value, naming the algorithm.</summary>
    public const string Scheme = "sha256=";

    /// <summary>How far a receiver should accept the timestamp from its own clock.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The signature header's value for <paramref name="body"/> signed at <paramref name="timestamp"/> (UNIX seconds).</summary>
    public static string Compute(byte[] secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(secret, signed));
    }
}
