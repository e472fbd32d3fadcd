using Npgsql;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A freshly created, uniquely named PostgreSQL database with no schema, dropped (with its sessions) on dispose.</summary>
internal sealed class TempPostgresDatabase : IAsyncDisposable
{
    private TempPostgresDatabase(string name, string connectionString) => (Name, ConnectionString) = (name, connectionString);

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TempPostgresDatabase> CreateAsync()
    {
        var name = $"mfagrains_test_{Guid.NewGuid():N}";
        await using (var admin = await PostgresTestServer.OpenAdminAsync())
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString) { Database = name };
        return new TempPostgresDatabase(name, builder.ConnectionString);
    }

    /// <summary>Starts what runs on this database and drops the database if that fails, so a failed initialisation leaves nothing behind.</summary>
    public async Task<T> DropIfFailingAsync<T>(Func<Task<T>> start)
    {
        try
        {
            return await start();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        // FORCE ends the sessions still pooled by silos of this test; their pools discard them on next use.
        await using var admin = await PostgresTestServer.OpenAdminAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
