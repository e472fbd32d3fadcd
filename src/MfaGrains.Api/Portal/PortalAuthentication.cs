using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Portal;

/// <summary>Registers portal API-key authentication and the policy that portal routes require.</summary>
public static class PortalAuthentication
{
    /// <summary>The authentication scheme name.</summary>
    public const string Scheme = "PortalApiKey";

    /// <summary>The authorization policy for <c>.RequireAuthorization(PortalAuthentication.Policy)</c>.</summary>
    public const string Policy = "Portal";

    /// <summary>Binds <see cref="PortalClientsOptions"/> from <c>Portal</c> (validated at start-up), adds the scheme and the policy.</summary>
    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PortalClientsOptions>()
            .Bind(configuration.GetSection(PortalClientsOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalClientsOptions>, PortalClientsOptionsValidator>();

        // No default scheme: phones authenticate differently, so each route group names its own policy.
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PortalAuthenticationHandler>(Scheme, displayName: null, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }
}
