using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;

namespace MfaGrains.Hosting.Clustering;

/// <summary>Points an Orleans client (the API in client mode) at the cluster its silos form.</summary>
public static class ClusteringClientBuilderExtensions
{
    /// <summary>
    /// <para>SQLite: the localhost gateway on <c>Orleans:GatewayPort</c>.</para>
    /// <para>PostgreSQL: ADO.NET gateway discovery, reading active silos from the membership table in the
    /// <c>Storage</c> database, so any silo can serve and a dead one is dropped.</para>
    /// Either way the client joins the cluster named by <c>Orleans:ServiceId</c> and <c>Orleans:ClusterId</c>,
    /// which must match the silos'.
    /// </summary>
    public static IClientBuilder UseMfaGrainsClustering(this IClientBuilder client, IConfiguration configuration)
    {
        var identity = ClusterIdentity.Read(configuration);
        if (StorageOptionsRegistration.Read(configuration).Provider != StorageProvider.PostgreSql)
        {
            return client.UseLocalhostClustering(identity.GatewayPort, identity.ServiceId, identity.ClusterId);
        }

        client.Services.AddMfaGrainsStorageOptions(configuration);
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ServiceId = identity.ServiceId;
            cluster.ClusterId = identity.ClusterId;
        });
        return client.UseAdoNetClustering(ado => ado.Configure<IOptions<StorageOptions>>(PostgreSqlConnection.Fill));
    }
}
