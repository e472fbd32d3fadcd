using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Contracts.Devices;

/// <summary>RFC 7638 SHA-256 thumbprints of EC P-256 JWKs: the device ids of the API contract.</summary>
public static class JwkThumbprint
{
    // Base64url without padding of a 32-byte SHA-256 digest.
    private const int Length = 43;

    /// <summary>Whether <paramref name="value"/> has a thumbprint's form (43 base64url characters), before any lookup by it.</summary>
    public static bool HasThumbprintForm(string value) => value.Length == Length && IsBase64UrlText(value);

    /// <summary>The base64url (unpadded) thumbprint of the P-256 JWK with these base64url coordinates.</summary>
    /// <remarks>Validate the key first (<see cref="P256PublicKey.TryCreate"/>); this only formats and hashes.</remarks>
    public static string Compute(string x, string y)
    {
        // The coordinates go into JSON unescaped, so only the base64url alphabet may pass.
        if (!IsBase64UrlText(x) || !IsBase64UrlText(y))
        {
            throw new ArgumentException("JWK coordinates must be base64url text.");
        }

        // RFC 7638 §3.2: the required members only, in lexicographic order, without whitespace.
        var json = $$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>Whether <paramref name="deviceId"/> is the thumbprint of the key (<paramref name="x"/>, <paramref name="y"/>); false for coordinates that are no base64url text.</summary>
    public static bool IsThumbprintOf(string deviceId, string x, string y) =>
        IsBase64UrlText(x) && IsBase64UrlText(y) && string.Equals(Compute(x, y), deviceId, StringComparison.Ordinal);

    private static bool IsBase64UrlText(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
