using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MfaGrains.Push.Apns;

/// <summary>
/// The one ES256 provider JWT all requests share. Apple rejects tokens over an hour old and throttles tokens changed
/// more often than every 20 minutes, so it is rebuilt under a lock once it is <see cref="RefreshAge"/> old, never per request.
/// </summary>
internal sealed class ApnsProviderToken : IDisposable
{
    /// <summary>Age at which a new token is issued: inside Apple's 20–60 minute window, with margin on both sides.</summary>
    public static readonly TimeSpan RefreshAge = TimeSpan.FromMinutes(40);

    /// <summary>Apple answers 429 TooManyProviderTokenUpdates to tokens changed sooner than this.</summary>
    public static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(20);

    // iat only: Apple reads no exp or nbf, and the times come from the injected clock, not the library's.
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly ECDsa _key;
    private readonly SigningCredentials _credentials;
    private readonly string _teamId;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private volatile Issued? _current;

    public ApnsProviderToken(ECDsa key, string keyId, string teamId, TimeProvider time)
    {
        _key = key;
        _teamId = teamId;
        _time = time;
        _credentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.EcdsaSha256)
        {
            // The library's shared cache is keyed by key id, and this token owns (and disposes) its key: one provider per token.
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
    }

    /// <summary>The cached token, issuing a new one when there is none yet or it has reached <see cref="RefreshAge"/>.</summary>
    public string Current
    {
        get
        {
            var current = _current;
            if (current is not null && AgeOf(current) < RefreshAge)
            {
                return current.Jwt;
            }

            lock (_gate)
            {
                // Another caller may have renewed it while this one waited.
                current = _current;
                if (current is null || AgeOf(current) >= RefreshAge)
                {
                    current = Issue();
                }

                return current.Jwt;
            }
        }
    }

    /// <summary>
    /// After Apple answered ExpiredProviderToken for <paramref name="rejected"/>: a fresh token when the rejected one was at
    /// least <see cref="MinimumAge"/> old (or was already replaced), else null, since then the clock is wrong, not the token.
    /// </summary>
    public string? RenewAfterExpired(string rejected, out TimeSpan rejectedAge)
    {
        lock (_gate)
        {
            var current = _current!;
            rejectedAge = AgeOf(current);
            if (current.Jwt != rejected)
            {
                return current.Jwt;
            }

            return rejectedAge >= MinimumAge ? Issue().Jwt : null;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _key.Dispose();

    private Issued Issue()
    {
        // Whole seconds, as in the claim, so our idea of the age matches Apple's.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().ToUnixTimeSeconds());
        var jwt = Handler.CreateToken(new SecurityTokenDescriptor { Issuer = _teamId, IssuedAt = issuedAt.UtcDateTime, SigningCredentials = _credentials });
        var issued = new Issued(jwt, issuedAt);
        _current = issued;
        return issued;
    }

    private TimeSpan AgeOf(Issued issued) => _time.GetUtcNow() - issued.IssuedAt;

    private sealed record Issued(string Jwt, DateTimeOffset IssuedAt);
}
