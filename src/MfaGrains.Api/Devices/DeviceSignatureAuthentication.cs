using Microsoft.AspNetCore.Authentication;

namespace MfaGrains.Api.Devices;

/// <summary>Registers RFC 9421 request-signature authentication for phones and the policy their routes require.</summary>
public static class DeviceSignatureAuthentication
{
    public const string Scheme = "DeviceSignature";
    public const string Policy = "Device";

    public static IServiceCollection AddDeviceSignatureAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, DeviceSignatureHandler>(Scheme, displayName: null, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }
}
