using Npgsql;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The restart scenario on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlStateRestartTests : StateRestartScenarios, IAsyncLifetime
{
    private TempPostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TempPostgresDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override Task<InProcessTestCluster> StartClusterAsync() => PostgreSqlStorageCluster.StartAsync(_database.ConnectionString);

    protected override void ForgetConnections()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }
}
