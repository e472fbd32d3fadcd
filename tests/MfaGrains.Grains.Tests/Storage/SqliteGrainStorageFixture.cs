using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>One SQLite-backed silo shared by the tests of a class.</summary>
public sealed class SqliteGrainStorageFixture : IAsyncLifetime, IGrainStorageBackend
{
    internal TempSqliteDatabase Database { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await SqliteStorageCluster.StartAsync(Database.ConnectionString);

    public Task<StoredRow?> FindRowAsync(string stateName, string grainKey) =>
        Task.FromResult(StoredRow.Find(Database, stateName, grainKey));

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Database.Dispose();
    }
}
