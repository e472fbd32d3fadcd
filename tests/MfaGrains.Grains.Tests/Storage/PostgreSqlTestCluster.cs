using MfaGrains.Hosting.Storage;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>
/// Starts a classic <see cref="TestCluster"/> whose silos find each other only through the PostgreSQL membership table
/// (the test cluster's own membership is off), keep state and reminders there, and apply the schema themselves.
/// </summary>
internal static class PostgreSqlTestCluster
{
    public const string ServiceId = "mfagrains-cluster-tests";

    /// <param name="configure">Adds to the test's own set-up, such as more silo configurators.</param>
    public static async Task<TestCluster> StartAsync(TempPostgresDatabase database, short silos = 2, Action<TestClusterBuilder>? configure = null)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ServiceId = ServiceId;
        builder.Options.UseTestClusterMembership = false;
        builder.Properties["Storage:Provider"] = nameof(StorageProvider.PostgreSql);
        builder.Properties["Storage:ConnectionString"] = database.ConnectionString;
        builder.Properties["Storage:ApplySchemaOnStart"] = "true";
        builder.AddSiloBuilderConfigurator<PostgreSqlSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PostgreSqlClientConfigurator>();
        configure?.Invoke(builder);

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
