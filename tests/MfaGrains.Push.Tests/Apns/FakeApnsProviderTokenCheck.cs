using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>Checks the provider JWT as Apple does (push-providers.md §3, check 2), verifying the ES256 signature with the test key's public half.</summary>
internal sealed class FakeApnsProviderTokenCheck(FakeApnsExpectations expected, TimeProvider time)
{
    private static readonly TimeSpan MaximumAge = TimeSpan.FromHours(1);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    // Signature checks are cached per token (as Apple must): the age check still runs on every request.
    private readonly ConcurrentDictionary<string, long> _verifiedIssuedAt = new(StringComparer.Ordinal);

    /// <summary>Null when the token is good, else Apple's refusal.</summary>
    public async Task<FakeApnsReply?> CheckAsync(string? authorization)
    {
        const string Scheme = "bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return FakeApnsReply.Refuse(403, "MissingProviderToken", "no 'authorization: bearer <jwt>' header");
        }

        var jwt = authorization[Scheme.Length..];
        if (!_verifiedIssuedAt.TryGetValue(jwt, out var iat))
        {
            long issuedAt;
            string? problem;
            try
            {
                (issuedAt, problem) = await VerifyAsync(jwt);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                (issuedAt, problem) = (0, $"malformed token ({e.GetType().Name})");
            }

            if (problem is not null)
            {
                return FakeApnsReply.Refuse(403, "InvalidProviderToken", problem);
            }

            iat = _verifiedIssuedAt.GetOrAdd(jwt, issuedAt);
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(iat);
        if (age < -Skew)
        {
            return FakeApnsReply.Refuse(403, "InvalidProviderToken", $"iat is {-age} in the future");
        }

        return age > MaximumAge ? FakeApnsReply.Refuse(403, "ExpiredProviderToken", $"iat is {age} old") : null;
    }

    private async Task<(long IssuedAt, string? Problem)> VerifyAsync(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(IsBase64UrlChar)))
        {
            return (0, "not three base64url parts without padding");
        }

        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        var headerKeys = header.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        if (!headerKeys.SequenceEqual(["alg", "kid"]) && !headerKeys.SequenceEqual(["alg", "kid", "typ"]))
        {
            return (0, $"header has keys [{string.Join(',', headerKeys)}]");
        }

        if (header.RootElement.GetProperty("alg").GetString() != "ES256" || header.RootElement.GetProperty("kid").GetString() != expected.KeyId)
        {
            return (0, "alg is not ES256 or kid is not the expected key id");
        }

        // Apple's token has exactly iss and iat; whether it tolerates exp/nbf is unknown, so the fake does not.
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        var claimKeys = claims.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        if (!claimKeys.SequenceEqual(["iat", "iss"]) || claims.RootElement.GetProperty("iss").GetString() != expected.TeamId
            || !claims.RootElement.GetProperty("iat").TryGetInt64(out var iat))
        {
            return (0, "claims are not exactly iss = team id and an integer iat");
        }

        // Raw JWS form: 64-byte r||s over "header.payload". A DER signature (70-72 bytes) fails here.
        var signature = Base64Url.DecodeFromChars(parts[2]);
        if (signature.Length != 64
            || !expected.PublicKey.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), signature, HashAlgorithmName.SHA256))
        {
            return (0, "ES256 signature does not verify with the test public key");
        }

        // A second opinion from a mainstream JWT library, so our reading of ES256 is not checked only against itself.
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = new ECDsaSecurityKey(expected.PublicKey) { KeyId = expected.KeyId },
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            ValidIssuer = expected.TeamId,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        return validation.IsValid ? (iat, null) : (0, $"JsonWebTokenHandler refused it: {validation.Exception?.GetType().Name}");
    }

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
