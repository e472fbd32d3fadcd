using Npgsql;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// A uniquely named, empty PostgreSQL database for one run, created and dropped through the role
/// <c>deploy/postgres/dev-setup.sh</c> sets up (it has CREATEDB), or the server named by <c>MFAGRAINS_TEST_POSTGRES</c>.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private ScratchDatabase(string name, string connectionString) => (Name, ConnectionString) = (name, connectionString);

    public string Name { get; }

    /// <summary>Npgsql keywords, as <c>ConnectionStrings__mfa</c> takes them.</summary>
    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var name = $"mfagrains_cluster_{Guid.NewGuid():N}";
        await using (var admin = await PostgresTestServer.OpenAdminAsync())
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString) { Database = name };
        return new ScratchDatabase(name, builder.ConnectionString);
    }

    /// <summary>A connection of the test's own, unpooled, so the drop never finds a session of the test's.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 5 }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        // FORCE ends sessions a silo that outlived its stop might still hold.
        await using var admin = await PostgresTestServer.OpenAdminAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
