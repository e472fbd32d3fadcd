using System.Security.Claims;

namespace MfaGrains.Api.Portal;

/// <summary>The claim that names the authenticated portal, and accessors for it.</summary>
public static class PortalClaims
{
    /// <summary>Claim type holding the portal client's display name.</summary>
    public const string ClientName = "mfagrains:portal_client";

    /// <summary>The display name of the portal that made the request; only valid on endpoints that require <see cref="PortalAuthentication.Policy"/>.</summary>
    public static string PortalClientName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClientName)
            ?? throw new InvalidOperationException("The request was not authenticated as a portal; require the portal policy on this endpoint.");
    }

    /// <summary>The display name of the portal that made the request.</summary>
    public static string PortalClientName(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.PortalClientName();
    }
}
