using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MfaGrains.Messaging.Notify;

/// <summary>
/// Notify's request JWT: HS256 over <c>{"iss": service id, "iat": now}</c> with the key's secret. Notify refuses a token whose
/// <c>iat</c> is more than 30 seconds from its clock, so one is made for every send rather than cached.
/// </summary>
internal sealed class NotifyBearerToken(NotifyApiKey key, TimeProvider time)
{
    // iat only, from the injected clock: Notify reads no exp or nbf.
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    // Not in the library's process-wide cache of signature providers: a rotated API key must not leave the old one behind.
    private readonly SigningCredentials _credentials = new(new SymmetricSecurityKey(key.Secret), SecurityAlgorithms.HmacSha256)
    {
        CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
    };

    public string Create() => Handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = key.ServiceId,
        IssuedAt = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds()).UtcDateTime,
        SigningCredentials = _credentials,
    });
}
