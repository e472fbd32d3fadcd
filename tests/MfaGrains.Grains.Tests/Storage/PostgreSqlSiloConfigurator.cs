using MfaGrains.Hosting.Clustering;
using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>
/// A test silo configured the production way from <c>Storage:*</c> (PostgreSQL clustering, storage, reminders), with
/// failure detection and recovery tuned to seconds and its database sessions named after the silo.
/// </summary>
public sealed class PostgreSqlSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.UseMfaGrainsClustering(siloBuilder.Configuration).AddMfaGrainsStorage(siloBuilder.Configuration);

        siloBuilder.Configure<ClusterMembershipOptions>(membership =>
        {
            membership.ProbeTimeout = TimeSpan.FromSeconds(1);
            membership.NumMissedProbesLimit = 2;
            membership.TableRefreshTimeout = TimeSpan.FromSeconds(2);
            membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
        });

        // After a silo dies the directory refuses to re-place its grains for RangeLeaseDuration minus the failure
        // detection time (30 s - 2 s by default here), in case the "dead" silo still serves them; shortened for tests.
        siloBuilder.Configure<GrainDirectoryOptions>(directory => directory.RangeLeaseDuration = TimeSpan.FromSeconds(5));

        // The application name lets a test tell one silo's sessions from another's (SiloCrash).
        var siloName = siloBuilder.Configuration["Orleans:Name"];
        siloBuilder.Services.PostConfigure<StorageOptions>(storage => storage.ConnectionString =
            new NpgsqlConnectionStringBuilder(storage.ConnectionString) { ApplicationName = siloName }.ConnectionString);
    }
}
