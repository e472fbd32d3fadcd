using Microsoft.Data.Sqlite;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A SQLite file in a fresh temp folder (inside a "data" folder the code under test must create), deleted on dispose.</summary>
internal sealed class TempSqliteDatabase : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"mfagrains-storage-{Guid.NewGuid():N}");

    public TempSqliteDatabase() => FilePath = Path.Combine(_root, "data", "mfagrains.db");

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        // Pooled connections keep the file, its -wal and its -shm open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
