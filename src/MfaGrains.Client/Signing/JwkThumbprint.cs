using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Client.Signing;

/// <summary>The RFC 7638 JWK SHA-256 thumbprint of an EC P-256 key: the contract's <c>deviceId</c> and the signature's <c>keyid</c>.</summary>
public static class JwkThumbprint
{
    /// <summary>SHA-256 over the required members in lexicographic order with no whitespace, base64url without padding.</summary>
    public static string OfP256(string x, string y) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + x + "\",\"y\":\"" + y + "\"}")));
}
