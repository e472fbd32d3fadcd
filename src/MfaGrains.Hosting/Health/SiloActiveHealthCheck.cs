using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace MfaGrains.Hosting.Health;

/// <summary>Ready only while this silo is an active member of its cluster.</summary>
public sealed class SiloActiveHealthCheck(ISiloStatusOracle membership) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(membership.CurrentStatus == SiloStatus.Active
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The silo is {membership.CurrentStatus}."));
}
