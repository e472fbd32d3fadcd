using Npgsql;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// A uniquely named, empty PostgreSQL database for one run, created and dropped through the role
/// <c>deploy/postgres/dev-setup.sh</c> sets up (it has CREATEDB), or the server named by <c>MFAGRAINS_TEST_POSTGRES</c>.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    public const string ServerVariable = "MFAGRAINS_TEST_POSTGRES";
    private const string DevSetupServer = "Host=127.0.0.1;Port=5432;Database=mfagrains;Username=mfagrains;Password=mfagrains";

    private ScratchDatabase(string name, string connectionString) => (Name, ConnectionString) = (name, connectionString);

    public string Name { get; }

    /// <summary>Npgsql keywords, as <c>ConnectionStrings__mfa</c> takes them.</summary>
    public string ConnectionString { get; }

    private static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : DevSetupServer;

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var name = $"mfagrains_cluster_{Guid.NewGuid():N}";
        await using (var admin = await OpenServerAsync())
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = name };
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
        await using var admin = await OpenServerAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(Server) { Timeout = 5, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {builder.Host}:{builder.Port} as '{builder.Username}' ({ex.Message}). "
                + $"Run deploy/postgres/dev-setup.sh as root (.ci/run does), or set {ServerVariable} to a server whose user may CREATE DATABASE.",
                ex);
        }
    }
}
