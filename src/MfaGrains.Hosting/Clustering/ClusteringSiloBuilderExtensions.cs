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
    /// <summary>
    /// <para>SQLite (the single-machine default): localhost clustering on <c>Orleans:SiloPort</c> and
    /// <c>Orleans:GatewayPort</c>, in-memory reminders (lost on restart).</para>
    /// <para>PostgreSQL: ADO.NET membership and reminders in the <c>Storage</c> database. The endpoints are left to the
    /// host, which should advertise them explicitly (<c>ConfigureEndpoints</c>).</para>
    /// Either way the silo joins the cluster named by <c>Orleans:ServiceId</c> and <c>Orleans:ClusterId</c>.
    /// </summary>
    public static ISiloBuilder UseMfaGrainsClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var identity = ClusterIdentity.Read(configuration);
        if (StorageOptionsRegistration.Read(configuration).Provider != StorageProvider.PostgreSql)
        {
            return silo
                .UseLocalhostClustering(identity.SiloPort, identity.GatewayPort, serviceId: identity.ServiceId, clusterId: identity.ClusterId)
                .UseInMemoryReminderService();
        }

        silo.Services.AddMfaGrainsStorageOptions(configuration);
        silo.Services.AddPostgreSqlSchemaOnStart();
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ServiceId = identity.ServiceId;
            cluster.ClusterId = identity.ClusterId;
        });
        return silo
            .UseAdoNetClustering(ado => ado.Configure<IOptions<StorageOptions>>(PostgreSqlConnection.Fill))
            .UseAdoNetReminderService(ado => ado.Configure<IOptions<StorageOptions>>(PostgreSqlConnection.Fill));
    }
}
