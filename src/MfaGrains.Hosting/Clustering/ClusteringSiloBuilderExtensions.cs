using MfaGrains.Hosting.Silo;
using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;

namespace MfaGrains.Hosting.Clustering;

/// <summary>Decides, from <c>Storage:Provider</c>, how a silo finds the others and where its reminders live.</summary>
public static class ClusteringSiloBuilderExtensions
{
    /// <summary>The configuration section bound onto Orleans' <see cref="ClusterMembershipOptions"/> in cluster mode.</summary>
    public const string MembershipSection = "Orleans:Membership";

    /// <summary>
    /// Our default for the initial probe timeout and period. Orleans adapts each peer's period to observed round
    /// trips between half and four times this (so 2 s to 16 s); its own default is 5 s (2.5 s to 20 s).
    /// </summary>
    public static readonly TimeSpan DefaultProbeTimeout = TimeSpan.FromSeconds(4);

    /// <summary>Our default for the missed probes (the last one indirect, through another silo) before a silo votes; Orleans' is 3.</summary>
    public const int DefaultNumMissedProbesLimit = 2;

    /// <summary>
    /// <para>SQLite (the single-machine default): localhost clustering on <c>Orleans:SiloPort</c> and
    /// <c>Orleans:GatewayPort</c>, reminders in the SQLite file (the project's own schema; in memory for the
    /// storage-free benchmark baseline).</para>
    /// <para>PostgreSQL: ADO.NET membership and reminders in the <c>Storage</c> database. The endpoints are left to the
    /// host, which should advertise them explicitly (<c>ConfigureEndpoints</c>). Failure detection is quicker than
    /// Orleans' defaults (<see cref="DefaultProbeTimeout"/>, <see cref="DefaultNumMissedProbesLimit"/>: a SIGKILLed
    /// silo was declared dead in 2.3-4.2 s instead of 6.0-7.5 s, docs/benchmarks.md), and any
    /// <see cref="ClusterMembershipOptions"/> property can be set under <see cref="MembershipSection"/>.</para>
    /// Either way the silo joins the cluster named by <c>Orleans:ServiceId</c> and <c>Orleans:ClusterId</c>.
    /// </summary>
    public static ISiloBuilder UseMfaGrainsClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var identity = ClusterIdentity.Read(configuration);
        var provider = StorageOptionsRegistration.Read(configuration).Provider;
        if (provider != StorageProvider.PostgreSql)
        {
            silo.UseLocalhostClustering(identity.SiloPort, identity.GatewayPort, serviceId: identity.ServiceId, clusterId: identity.ClusterId);
            return provider == StorageProvider.Sqlite
                ? silo.UseAdoNetReminderService(ado => ado.Configure<IOptions<StorageOptions>>(SqliteConnection.Fill))
                : silo.UseInMemoryReminderService();
        }

        silo.Services.AddMfaGrainsStorageOptions(configuration);
        silo.Services.AddPostgreSqlSchemaOnStart();
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ServiceId = identity.ServiceId;
            cluster.ClusterId = identity.ClusterId;
        });
        silo.Configure<ClusterMembershipOptions>(membership =>
        {
            // Two votes (Orleans' default) are still needed, so one slow prober cannot evict a healthy silo alone.
            membership.ProbeTimeout = DefaultProbeTimeout;
            membership.NumMissedProbesLimit = DefaultNumMissedProbesLimit;
            configuration.GetSection(MembershipSection).Bind(membership);
        });
        return silo
            .UseAdoNetClustering(ado => ado.Configure<IOptions<StorageOptions>>(PostgreSqlConnection.Fill))
            .UseAdoNetReminderService(ado => ado.Configure<IOptions<StorageOptions>>(PostgreSqlConnection.Fill));
    }
}
