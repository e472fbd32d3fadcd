using System.Security.Cryptography;
using System.Text;

namespace MfaGrains.Api.ApiKeys;

/// <summary>API keys kept only as hex SHA-256 hashes: the format check and the constant-time lookup that portal and operator keys share.</summary>
/// <remarks>An unsalted fast hash is right here: keys are long random strings, so there is no dictionary to slow down, and a
/// slow hash would only cost CPU on every request. Only the hash is stored, so a leaked configuration leaks no usable key.</remarks>
public static class ApiKeyHash
{
    /// <summary>Whether <paramref name="keyHash"/> looks like a hex SHA-256 (64 hex digits).</summary>
    public static bool IsWellFormed(string? keyHash) => keyHash is { Length: 64 } && keyHash.All(char.IsAsciiHexDigit);

    /// <summary>The entry whose hash is the SHA-256 of <paramref name="key"/>, or null; the time taken does not depend on which entry, if any, matched.</summary>
    public static T? FindMatch<T>(string key, IEnumerable<T> entries, Func<T, string> keyHash)
        where T : class
    {
        // Hashing first means the comparison never sees attacker-chosen bytes; comparing with every
        // entry, not stopping at a match, keeps the time independent of which entry (if any) matched.
        Span<byte> presented = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), presented);

        T? match = null;
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        foreach (var entry in entries)
        {
            Convert.FromHexString(keyHash(entry), expected, out _, out _);
            var equal = CryptographicOperations.FixedTimeEquals(presented, expected);
            match = equal && match is null ? entry : match;
        }

        return match;
    }
}
