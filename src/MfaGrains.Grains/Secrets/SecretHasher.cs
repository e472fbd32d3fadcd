using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Secrets;

/// <summary>
/// Keyed hashes (HMAC-SHA256) of short secrets. A plain hash of a 9-digit code or a 2-digit number could be
/// reversed by trying every value; without the key it cannot.
/// </summary>
public sealed class SecretHasher(IOptions<SecretsOptions> options)
{
    private readonly byte[] _key = Convert.FromBase64String(options.Value.LookupKey);

    /// <summary>The lower-case hex hash of <paramref name="value"/> for a purpose, usable as a lookup key.</summary>
    public string Hash(string purpose, string value) => Convert.ToHexStringLower(Compute(purpose, value));

    /// <summary>Whether <paramref name="value"/> hashes to <paramref name="expectedHex"/>, compared in constant time.</summary>
    public bool Matches(string purpose, string value, string expectedHex)
    {
        if (expectedHex.Length != SHA256.HashSizeInBytes * 2)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Compute(purpose, value), Convert.FromHexString(expectedHex));
    }

    private byte[] Compute(string purpose, string value) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(purpose + "\n" + value));
}
