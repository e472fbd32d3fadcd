using System.Security.Cryptography;

namespace MfaGrains.Api.Signatures;

/// <summary>Checks an RFC 9530 Content-Digest field against the body bytes actually received.</summary>
public static class ContentDigest
{
    /// <summary>True when the field has at least one sha-256 or sha-512 digest and every one of them
    /// matches the body; digests with other algorithm names are ignored.</summary>
    public static bool Matches(string? field, ReadOnlySpan<byte> body)
    {
        if (!StructuredFieldParser.TryParseDictionary(field, out var digests))
        {
            return false;
        }

        var matched = false;
        foreach (var (algorithm, member) in digests.Members)
        {
            // sha-256 is what our phones send; sha-512 is accepted too because RFC 9421 libraries
            // commonly default to it and the contract promises they can talk to us.
            byte[]? expected = algorithm switch
            {
                "sha-256" => SHA256.HashData(body),
                "sha-512" => SHA512.HashData(body),
                _ => null,
            };
            if (expected is null)
            {
                continue;
            }

            if (member is not SfItem { Value: byte[] received } || !CryptographicOperations.FixedTimeEquals(received, expected))
            {
                return false;
            }

            matched = true;
        }

        return matched;
    }
}
