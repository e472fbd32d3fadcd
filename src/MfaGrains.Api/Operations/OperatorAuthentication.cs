using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Operations;

/// <summary>Registers operator-key authentication and the policy that the operations routes require.</summary>
public static class OperatorAuthentication
{
    /// <summary>The authentication scheme name.</summary>
    public const string Scheme = "OperatorKey";

    /// <summary>The authorization policy for <c>.RequireAuthorization(OperatorAuthentication.Policy)</c>.</summary>
    public const string Policy = "Operator";

    /// <summary>Binds <see cref="OperatorKeysOptions"/> from <c>Operations</c> (validated at start-up), adds the scheme and the policy.</summary>
    public static IServiceCollection AddOperatorAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OperatorKeysOptions>()
            .Bind(configuration.GetSection(OperatorKeysOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperatorKeysOptions>, OperatorKeysOptionsValidator>();

        // The policy names only this scheme, so a portal's key never opens an operations route.
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, OperatorAuthenticationHandler>(Scheme, displayName: null, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }
}
