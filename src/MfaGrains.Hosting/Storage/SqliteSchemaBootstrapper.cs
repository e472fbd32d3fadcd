using Microsoft.Data.Sqlite;

namespace MfaGrains.Hosting.Storage;

/// <summary>Creates or updates the SQLite schema that Orleans' ADO.NET grain storage runs against.</summary>
public static class SqliteSchemaBootstrapper
{
    private const string ScriptResourceSuffix = ".mfagrains-sqlite.sql";

    /// <summary>
    /// Creates the database file and its folder if missing, switches the file to WAL and applies
    /// the embedded schema script in one transaction, with <paramref name="synchronous"/> written into the stored
    /// write and clear queries. Idempotent: safe to run at every start-up.
    /// </summary>
    public static async Task ApplyAsync(
        string connectionString, SqliteSynchronous synchronous = SqliteSynchronous.Normal, CancellationToken cancellationToken = default)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        EnsureFolderExists(dataSource);
        var script = await ReadScriptAsync(cancellationToken);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await SwitchToWalAsync(connection, dataSource, cancellationToken);

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = script;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await SetCommitSynchronousAsync(connection, transaction, synchronous, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the connection string names a database file. Orleans opens a connection per call,
    /// so an in-memory database would vanish between calls.
    /// </summary>
    public static bool IsFileDatabase(string? connectionString)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            return !string.IsNullOrWhiteSpace(builder.DataSource)
                && builder.DataSource != ":memory:"
                && builder.Mode != SqliteOpenMode.Memory;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return false;
        }
    }

    private static void EnsureFolderExists(string dataSource)
    {
        // URI file names carry their own rules; SQLite resolves plain paths against the current directory, as we do.
        if (dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    // journal_mode is stored in the file itself, so every later connection (Orleans' included) uses WAL.
    // It cannot change inside a transaction, hence its own statement before the script's transaction.
    private static async Task SwitchToWalAsync(SqliteConnection connection, string dataSource, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite database '{dataSource}' stayed in journal mode '{mode}' instead of WAL.");
        }
    }

    // PRAGMA synchronous lasts for one connection only, and Orleans opens its own (pooled) connections, so the
    // setting travels inside the stored queries that commit. The script has just reset their texts, so the prefix
    // is added exactly once.
    private static async Task SetCommitSynchronousAsync(
        SqliteConnection connection, SqliteTransaction transaction, SqliteSynchronous synchronous, CancellationToken cancellationToken)
    {
        var pragma = synchronous switch
        {
            SqliteSynchronous.Normal => "PRAGMA synchronous = NORMAL;",
            SqliteSynchronous.Full => "PRAGMA synchronous = FULL;",
            _ => throw new ArgumentOutOfRangeException(nameof(synchronous), synchronous, "Storage:SqliteSynchronous is Normal or Full."),
        };
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE OrleansQuery SET QueryText = @pragma || QueryText WHERE QueryKey IN ('WriteToStorageKey', 'ClearStorageKey');";
        command.Parameters.AddWithValue("@pragma", pragma);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> ReadScriptAsync(CancellationToken cancellationToken)
    {
        var assembly = typeof(SqliteSchemaBootstrapper).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(ScriptResourceSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '*{ScriptResourceSuffix}' is missing from {assembly.GetName().Name}.");
        await using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
