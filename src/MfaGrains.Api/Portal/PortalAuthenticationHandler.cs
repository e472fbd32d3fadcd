using System.Security.Claims;
using System.Text.Encodings.Web;
using MfaGrains.Api.ApiKeys;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Portal;

/// <summary>Authenticates a portal by <c>Authorization: Bearer &lt;key&gt;</c> against the configured key hashes, in constant time.</summary>
public sealed class PortalAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<PortalClientsOptions> clients)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    /// <inheritdoc/>
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization;
        if (authorization.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Failure messages are logged by the base class, so they never include the header's value.
        var header = authorization.Count == 1 ? authorization[0] : null;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header is not a single Bearer credential."));
        }

        var key = header[BearerPrefix.Length..].Trim();
        var client = key.Length == 0 ? null : ApiKeyHash.FindMatch(key, clients.CurrentValue.Clients, c => c.KeyHash);
        if (client is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The portal API key matches no configured portal client."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(PortalClaims.ClientName, client.Name), new Claim(ClaimTypes.Name, client.Name)],
            Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    /// <inheritdoc/>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var keyWasSent = result.Failure is not null;

        // RFC 6750: name the scheme, and say invalid_token when a credential was sent but refused.
        Response.Headers.WWWAuthenticate = keyWasSent ? "Bearer error=\"invalid_token\"" : "Bearer";
        var detail = keyWasSent
            ? "The portal API key is not valid."
            : "Send the portal API key as 'Authorization: Bearer <key>'.";
        await Problem.For(MfaErrorCode.Unauthenticated, detail).ExecuteAsync(Context);
    }
}
