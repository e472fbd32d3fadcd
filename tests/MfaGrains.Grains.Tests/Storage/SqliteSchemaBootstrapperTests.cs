using MfaGrains.Hosting.Storage;
using Microsoft.Data.Sqlite;

namespace MfaGrains.Grains.Tests.Storage;

public sealed class SqliteSchemaBootstrapperTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Applying_the_schema_twice_creates_folder_tables_index_and_queries_once()
    {
        await SqliteSchemaBootstrapper.ApplyAsync(_database.ConnectionString);
        await SqliteSchemaBootstrapper.ApplyAsync(_database.ConnectionString);

        using var connection = _database.Open();
        Assert.Equal(
            ["OrleansQuery", "OrleansStorage"],
            Column(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"));
        Assert.Equal(
            ["UX_OrleansStorage_Grain"],
            Column(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite%'"));
        Assert.Equal(
            ["ClearStorageKey", "ReadFromStorageKey", "WriteToStorageKey"],
            Column(connection, "SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey"));
        Assert.Equal(["wal"], Column(connection, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Applying_the_schema_again_keeps_stored_state()
    {
        await SqliteSchemaBootstrapper.ApplyAsync(_database.ConnectionString);
        using (var connection = _database.Open())
        {
            Execute(connection, """
                INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                                            GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
                VALUES (1, 0, 0, 2, 'probe', 'kept', 'svc', x'7B7D', CURRENT_TIMESTAMP, 7)
                """);
        }

        await SqliteSchemaBootstrapper.ApplyAsync(_database.ConnectionString);

        using var reopened = _database.Open();
        Assert.Equal(["kept:7"], Column(reopened, "SELECT GrainIdExtensionString || ':' || Version FROM OrleansStorage"));
    }

    [Theory]
    [InlineData("Data Source=data/mfagrains.db", true)]
    [InlineData("Data Source=:memory:", false)]
    [InlineData("Data Source=shared;Mode=Memory", false)]
    [InlineData("", false)]
    [InlineData("Nonsense Keyword=1", false)]
    public void Only_database_files_count_as_file_databases(string connectionString, bool expected) =>
        Assert.Equal(expected, SqliteSchemaBootstrapper.IsFileDatabase(connectionString));

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
