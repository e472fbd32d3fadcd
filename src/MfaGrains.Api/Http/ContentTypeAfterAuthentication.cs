using Microsoft.AspNetCore.Routing.Matching;

namespace MfaGrains.Api.Http;

/// <summary>
/// Takes the body's content type out of endpoint selection. Routing would otherwise answer a non-JSON body with 415
/// before authentication runs, so a caller without a valid key learnt about the route before being refused with 401
/// (the contract orders authentication first). Without it, the endpoint's own body binding answers 415, after 401.
/// </summary>
public static class ContentTypeAfterAuthentication
{
    // The framework's content-type matcher policy is internal; its name is the only handle on it.
    private const string AcceptsPolicyName = "AcceptsMatcherPolicy";

    /// <summary>Removes the content-type matcher policy; call after the routing services are added (WebApplication.CreateBuilder does).</summary>
    public static IServiceCollection AddContentTypeCheckAfterAuthentication(this IServiceCollection services)
    {
        var policy = services.SingleOrDefault(service => service.ServiceType == typeof(MatcherPolicy) && service.ImplementationType?.Name == AcceptsPolicyName)
            ?? throw new InvalidOperationException($"Routing's {AcceptsPolicyName} was not registered; add routing first.");
        services.Remove(policy);
        return services;
    }
}
