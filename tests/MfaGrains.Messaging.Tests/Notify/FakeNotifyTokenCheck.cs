using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>
/// Checks the bearer JWT as Notify does: HS256 with the key's secret, <c>iss</c> the service id, <c>iat</c> within 30 seconds
/// of the fake's clock (the same clock the sender uses). Stricter than Notify on shape: exactly typ/alg and exactly iss/iat.
/// </summary>
internal sealed class FakeNotifyTokenCheck(string serviceId, string secret, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    /// <summary>Null when the header is good, else Notify's refusal.</summary>
    public async Task<FakeNotifyReply?> CheckAsync(IReadOnlyList<string?> authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization.Count != 1 || authorization[0] is not { } value)
        {
            return FakeNotifyReply.Refuse(401, "AuthError", "Unauthorized: authentication token must be provided", $"{authorization.Count} Authorization headers");
        }

        if (!value.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return FakeNotifyReply.Refuse(401, "AuthError", "Unauthorized: authentication bearer scheme must be used", "not 'Bearer <jwt>'");
        }

        var jwt = value[Scheme.Length..];
        try
        {
            return await VerifyAsync(jwt);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            return InvalidToken($"malformed token ({e.GetType().Name})");
        }
    }

    private async Task<FakeNotifyReply?> VerifyAsync(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return InvalidToken("not three base64url parts without padding");
        }

        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        if (!Keys(header).SequenceEqual(["alg", "typ"]) || header.RootElement.GetProperty("alg").GetString() != "HS256"
            || header.RootElement.GetProperty("typ").GetString() != "JWT")
        {
            return InvalidToken($"header is not exactly typ=JWT, alg=HS256: {Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0]))}");
        }

        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        if (!Keys(claims).SequenceEqual(["iat", "iss"]) || claims.RootElement.GetProperty("iat").ValueKind != JsonValueKind.Number
            || !claims.RootElement.GetProperty("iat").TryGetInt64(out var iat))
        {
            return InvalidToken("claims are not exactly iss and an integer iat");
        }

        if (claims.RootElement.GetProperty("iss").GetString() != serviceId)
        {
            return InvalidToken("iss is not the service id");
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return FakeNotifyReply.Refuse(403, "AuthError", "Invalid token: signature, api token not found", "HS256 signature does not verify with the secret");
        }

        // A second opinion from a mainstream JWT library, so our reading of HS256 is not checked only against itself.
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidIssuer = serviceId,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        if (!validation.IsValid)
        {
            return InvalidToken($"JsonWebTokenHandler refused it: {validation.Exception?.GetType().Name}");
        }

        var skew = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(iat);
        return skew.Duration() > Window
            ? FakeNotifyReply.Refuse(403, "AuthError", "Error: Your system clock must be accurate to within 30 seconds", $"iat is {skew} from the fake's clock")
            : null;
    }

    private static string[] Keys(JsonDocument document) =>
        [.. document.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static FakeNotifyReply InvalidToken(string detail) => FakeNotifyReply.Refuse(403, "AuthError", "Invalid token: signature, api token not found", detail);
}
