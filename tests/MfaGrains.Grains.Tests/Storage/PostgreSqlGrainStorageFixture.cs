using System.Text;
using Npgsql;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>One PostgreSQL-backed silo, on a database of its own, shared by the tests of a class.</summary>
public sealed class PostgreSqlGrainStorageFixture : IAsyncLifetime, IGrainStorageBackend
{
    private TempPostgresDatabase _database = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TempPostgresDatabase.CreateAsync();
        Cluster = await _database.DropIfFailingAsync(() => PostgreSqlStorageCluster.StartAsync(_database.ConnectionString));
    }

    public async Task<StoredRow?> FindRowAsync(string stateName, string grainKey)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT payloadbinary, version FROM orleansstorage
             WHERE serviceid = @serviceId AND graintypestring = @stateName AND grainidextensionstring = @grainKey
            """,
            connection);
        command.Parameters.AddWithValue("serviceId", PostgreSqlStorageCluster.ServiceId);
        command.Parameters.AddWithValue("stateName", stateName);
        command.Parameters.AddWithValue("grainKey", grainKey);

        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var payload = reader.IsDBNull(0) ? null : Encoding.UTF8.GetString(reader.GetFieldValue<byte[]>(0));
        var row = new StoredRow(payload, reader.GetInt32(1));
        Assert.False(await reader.ReadAsync(), $"more than one row for {stateName}/{grainKey}");
        return row;
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }
}
