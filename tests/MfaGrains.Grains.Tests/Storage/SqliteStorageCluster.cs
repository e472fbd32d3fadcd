using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>Starts a one-silo in-process cluster whose <c>mfa</c> storage is the given SQLite file.</summary>
internal static class SqliteStorageCluster
{
    // Part of every stored row's key, so it must not change between restarts.
    public const string ServiceId = "mfagrains-storage-tests";

    public static async Task<InProcessTestCluster> StartAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = nameof(StorageProvider.Sqlite),
                ["Storage:ConnectionString"] = connectionString,
            })
            .Build();

        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) => silo.AddMfaGrainsStorage(configuration).AddOrleansReferenceStorage(StorageProvider.Sqlite, connectionString));

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
