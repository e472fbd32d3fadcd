using MfaGrains.Hosting;
using MfaGrains.Hosting.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace MfaGrains.Api.Health;

/// <summary>
/// The API's operator routes: <c>/health/live</c> (the process answers) and <c>/health/ready</c> (grain calls go through
/// and, when the API co-hosts the silo, its storage answers; a cluster's silos check their own).
/// </summary>
public static class ApiHealthExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddMfaGrainsApiHealth(this IServiceCollection services, HostingRole role)
    {
        var checks = services.AddHealthChecks().AddCheck<ClusterReachableHealthCheck>("cluster", tags: [ReadyTag]);
        if (role == HostingRole.CoHosted)
        {
            checks.AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapMfaGrainsApiHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return routes;
    }
}
