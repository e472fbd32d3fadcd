using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>Two silos and a client that know each other only through PostgreSQL, on a database of their own.</summary>
public sealed class PostgreSqlClusterFixture : IAsyncLifetime
{
    internal TempPostgresDatabase Database { get; private set; } = null!;

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TempPostgresDatabase.CreateAsync();
        Cluster = await Database.DropIfFailingAsync(() => PostgreSqlTestCluster.StartAsync(Database));
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
    }
}
