using MfaGrains.Contracts.Accounts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MfaGrains.Api.Health;

/// <summary>
/// Ready when a grain call goes through: the silo (co-hosted or reached through a gateway) is up and has read a
/// user's state from storage once. The probe's id has capitals, so it can never be a portal's (those are lower-cased),
/// and the probe only reads, so it never creates a row.
/// </summary>
public sealed class ClusterReachableHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private const string ProbeUserId = "MfaGrains.HealthProbe";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IUserGrain>(ProbeUserId).IsDeviceLive("none").WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The cluster did not answer a grain call.", exception);
        }
    }
}
