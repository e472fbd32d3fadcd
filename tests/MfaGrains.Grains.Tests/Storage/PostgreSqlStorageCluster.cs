using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>
/// Starts a one-silo in-process cluster whose <c>mfa</c> storage is the given PostgreSQL database, with the schema
/// applied by the silo itself (<c>Storage:ApplySchemaOnStart</c>).
/// </summary>
internal static class PostgreSqlStorageCluster
{
    // Part of every stored row's key, so it must not change between restarts.
    public const string ServiceId = "mfagrains-storage-tests";

    public static async Task<InProcessTestCluster> StartAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = nameof(StorageProvider.PostgreSql),
                ["Storage:ConnectionString"] = connectionString,
                ["Storage:ApplySchemaOnStart"] = "true",
            })
            .Build();

        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) => silo.AddMfaGrainsStorage(configuration).AddOrleansReferenceStorage(StorageProvider.PostgreSql, connectionString));

        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            // Silos that did start would otherwise keep running (and keep their sessions) until the process ends.
            await cluster.DisposeAsync();
            throw;
        }
    }
}
