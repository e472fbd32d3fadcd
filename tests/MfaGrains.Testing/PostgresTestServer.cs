using Npgsql;

namespace MfaGrains.Testing;

/// <summary>
/// The PostgreSQL server the PostgreSQL tests run against: <c>MFAGRAINS_TEST_POSTGRES</c> (Npgsql keywords) or the
/// database <c>deploy/postgres/dev-setup.sh</c> creates. Its user must be allowed to CREATE DATABASE.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "MFAGRAINS_TEST_POSTGRES";

    public const string DevSetupConnectionString = "Host=127.0.0.1;Port=5432;Database=mfagrains;Username=mfagrains;Password=mfagrains";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DevSetupConnectionString;

    /// <summary>Opens a connection to the server's own database, failing with the fix in the message: CI installs PostgreSQL, so these tests never skip.</summary>
    public static async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 5, Pooling = false };
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
                + $"Run deploy/postgres/dev-setup.sh as root to install and start it (.ci/run does), or set {EnvironmentVariable} to a server whose user may CREATE DATABASE.",
                ex);
        }
    }
}
