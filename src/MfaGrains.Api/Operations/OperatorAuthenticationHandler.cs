using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using MfaGrains.Api.ApiKeys;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Operations;

/// <summary>
/// Authenticates an operator by key, checked in constant time against the configured hashes: <c>Authorization: Bearer &lt;key&gt;</c>
/// for scripts, or HTTP Basic with the key as the password (any user name) so a browser can open the dashboard.
/// </summary>
public sealed class OperatorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<OperatorKeysOptions> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    /// <summary>The claim that names the operator key's holder.</summary>
    public const string OperatorClaim = "mfagrains:operator";

    /// <summary>What a browser shows in its sign-in prompt.</summary>
    private const string Realm = "MfaGrains operations";

    /// <inheritdoc/>
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization;
        if (authorization.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Failure messages are logged by the base class, so they never include the header's value.
        var key = authorization.Count == 1 ? PresentedKey(authorization[0]) : null;
        if (string.IsNullOrEmpty(key))
        {
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header is not a single Bearer or Basic credential."));
        }

        var match = ApiKeyHash.FindMatch(key, keys.CurrentValue.Keys, k => k.KeyHash);
        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The operator key matches no configured operator key."));
        }

        var identity = new ClaimsIdentity([new Claim(OperatorClaim, match.Name), new Claim(ClaimTypes.Name, match.Name)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    /// <inheritdoc/>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // Basic, so that a browser asks the operator for the key and then sends it with every dashboard request.
        Response.Headers.WWWAuthenticate = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
        await Problem.For(MfaErrorCode.Unauthenticated, "Send an operator key as 'Authorization: Bearer <key>' or as the password of HTTP Basic.")
            .ExecuteAsync(Context);
    }

    /// <summary>The key in a Bearer credential, or the password of a Basic one; null for anything else.</summary>
    private static string? PresentedKey(string? header)
    {
        if (header is null)
        {
            return null;
        }

        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var decoded = new byte[header.Length];
        if (!Convert.TryFromBase64String(header["Basic ".Length..].Trim(), decoded, out var length))
        {
            return null;
        }

        var userAndPassword = Encoding.UTF8.GetString(decoded, 0, length);
        var colon = userAndPassword.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : userAndPassword[(colon + 1)..];
    }
}
