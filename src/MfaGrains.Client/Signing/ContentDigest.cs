using System.Security.Cryptography;

namespace MfaGrains.Client.Signing;

/// <summary>The RFC 9530 <c>Content-Digest</c> field value the contract asks for: <c>sha-256=:&lt;base64&gt;:</c>.</summary>
public static class ContentDigest
{
    public const string HeaderName = "Content-Digest";

    public static string Sha256(ReadOnlySpan<byte> body) => "sha-256=:" + Convert.ToBase64String(SHA256.HashData(body)) + ":";
}
