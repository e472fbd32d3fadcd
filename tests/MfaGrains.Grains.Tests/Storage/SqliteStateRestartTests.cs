using Microsoft.Data.Sqlite;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The restart scenario on one SQLite file.</summary>
public sealed class SqliteStateRestartTests : StateRestartScenarios, IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override Task<InProcessTestCluster> StartClusterAsync() => SqliteStorageCluster.StartAsync(_database.ConnectionString);

    protected override void ForgetConnections() => SqliteConnection.ClearAllPools();
}
