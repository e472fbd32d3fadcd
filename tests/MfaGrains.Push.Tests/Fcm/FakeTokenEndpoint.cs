using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>
/// A strict stand-in for <c>https://oauth2.googleapis.com/token</c>: verifies the service account's RS256 assertion with the
/// test key's public half and its header and claims (push-providers.md §3, "Fake FCM checks" 1), then issues a random token.
/// </summary>
internal sealed class FakeTokenEndpoint(FakeFcmIdentity identity, FakeAccessTokens tokens, Action<string> violation)
{
    private const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private const string GoogleTokenAudience = "https://oauth2.googleapis.com/token";
    private const string MessagingScope = "https://www.googleapis.com/auth/firebase.messaging";

    // One key object for the endpoint's life: IdentityModel caches signature providers per key, so a per-request
    // RSA instance disposed after the first request would poison that cache.
    private readonly RsaSecurityKey _signingKey = new(identity.PublicKey) { KeyId = identity.KeyId };
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The <c>expires_in</c> of issued tokens; short values let tests exercise renewal.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(3599);

    public async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (!context.Request.HasFormContentType)
        {
            await RejectAsync(context, "invalid_request", "The request must be application/x-www-form-urlencoded.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != JwtBearerGrant)
        {
            await RejectAsync(context, "unsupported_grant_type", "Invalid grant_type.");
            return;
        }

        var problem = await CheckAssertionAsync(form["assertion"].ToString());
        if (problem is not null)
        {
            await RejectAsync(context, "invalid_grant", problem);
            return;
        }

        var body = new JsonObject
        {
            ["access_token"] = tokens.Issue(TokenLifetime),
            ["expires_in"] = (long)TokenLifetime.TotalSeconds,
            ["token_type"] = "Bearer",
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private async Task<string?> CheckAssertionAsync(string assertion)
    {
        if (assertion.Split('.') is not { Length: 3 } parts || parts.Any(p => p.Length == 0 || p.Contains('=')))
        {
            return "The assertion is not a compact JWS with three unpadded base64url parts.";
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKey = _signingKey,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidIssuer = identity.ClientEmail,
            // Google.Apis.Auth keeps Google's audience even when token_uri points elsewhere (push-providers.md §1.2).
            ValidAudience = GoogleTokenAudience,
            RequireExpirationTime = true,
            ValidateLifetime = true,
        });
        if (!result.IsValid)
        {
            return $"Invalid JWT: {result.Exception?.GetType().Name}.";
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (jwt.Alg != "RS256" || jwt.Kid != identity.KeyId || jwt.Typ != "JWT")
        {
            return $"Invalid JWT header: alg {jwt.Alg}, kid matches: {jwt.Kid == identity.KeyId}, typ {jwt.Typ}.";
        }

        if (!jwt.TryGetPayloadValue<string>("scope", out var scope) || !scope.Split(' ').Contains(MessagingScope))
        {
            return "Invalid JWT: the scope does not include firebase.messaging.";
        }

        if (!jwt.TryGetPayloadValue<long>("iat", out var iat) || !jwt.TryGetPayloadValue<long>("exp", out var exp) || exp - iat > 3600)
        {
            return "Invalid JWT: exp must be at most one hour after iat.";
        }

        return null;
    }

    private async Task RejectAsync(HttpContext context, string error, string description)
    {
        violation($"token endpoint: {error}: {description}");
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(new JsonObject { ["error"] = error, ["error_description"] = description }.ToJsonString(), context.RequestAborted);
    }
}
