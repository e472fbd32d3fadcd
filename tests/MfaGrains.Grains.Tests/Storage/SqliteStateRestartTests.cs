using Microsoft.Data.Sqlite;

namespace MfaGrains.Grains.Tests.Storage;

public sealed class SqliteStateRestartTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task State_written_before_a_full_cluster_restart_reads_back_after_it()
    {
        await using (var before = await SqliteStorageCluster.StartAsync(_database.ConnectionString))
        {
            await before.Client.GetGrain<IStorageProbeGrain>("alice").Remember("phone-1");
            await before.StopAllSilosAsync();
        }

        // Nothing of the first cluster may carry over: the next one opens the file afresh.
        SqliteConnection.ClearAllPools();
        await using var after = await SqliteStorageCluster.StartAsync(_database.ConnectionString);

        Assert.Equal("phone-1", await after.Client.GetGrain<IStorageProbeGrain>("alice").Recall());
    }
}
