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
            ["MfaAudit", "OrleansQuery", "OrleansRemindersTable", "OrleansStorage"],
            Column(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"));
        Assert.Equal(
            ["IX_MfaAudit_At", "IX_MfaAudit_User", "IX_OrleansRemindersTable_Ring", "UX_OrleansStorage_Grain"],
            Column(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite%' ORDER BY name"));
        Assert.Equal(
            ["ClearStorageKey", "DeleteReminderRowKey", "DeleteReminderRowsKey", "ReadFromStorageKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "ReadReminderRowKey", "ReadReminderRowsKey", "UpsertReminderRowKey", "WriteToStorageKey"],
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
    [InlineData(SqliteSynchronous.Normal, 1L)]
    [InlineData(SqliteSynchronous.Full, 2L)]
    public async Task The_stored_queries_that_commit_set_the_configured_synchronous_mode_once(SqliteSynchronous synchronous, long pragmaValue)
    {
        var other = synchronous == SqliteSynchronous.Normal ? SqliteSynchronous.Full : SqliteSynchronous.Normal;
        await SqliteSchemaBootstrapper.ApplyAsync(_database.ConnectionString, other);
        await SqliteSchemaBootstrapper.ApplyAsync(_database.ConnectionString, synchronous);

        using var connection = _database.Open();
        var write = Column(connection, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'WriteToStorageKey'").Single();
        var expected = $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";
        Assert.StartsWith(expected, write, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(write, "PRAGMA"));
        Assert.StartsWith(expected, Column(connection, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'ClearStorageKey'").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("PRAGMA", Column(connection, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'ReadFromStorageKey'").Single(), StringComparison.Ordinal);

        // Run the stored write as Orleans does, on a fresh connection, and read the mode that connection now commits with.
        using var orleansLike = _database.Open();
        Execute(orleansLike, "PRAGMA synchronous = OFF;");
        using (var command = orleansLike.CreateCommand())
        {
            command.CommandText = write;
            foreach (var name in new[] { "@GrainIdHash", "@GrainIdN0", "@GrainIdN1", "@GrainTypeHash" })
            {
                command.Parameters.AddWithValue(name, 1);
            }

            command.Parameters.AddWithValue("@GrainTypeString", "probe");
            command.Parameters.AddWithValue("@GrainIdExtensionString", DBNull.Value);
            command.Parameters.AddWithValue("@ServiceId", "svc");
            command.Parameters.AddWithValue("@PayloadBinary", new byte[] { 0x7B, 0x7D });
            command.Parameters.AddWithValue("@GrainStateVersion", DBNull.Value);
            command.ExecuteNonQuery();
        }

        using var mode = orleansLike.CreateCommand();
        mode.CommandText = "PRAGMA synchronous";
        Assert.Equal(pragmaValue, (long)mode.ExecuteScalar()!);
        Assert.Equal(["1"], Column(orleansLike, "SELECT CAST(Version AS TEXT) FROM OrleansStorage WHERE GrainTypeString = 'probe'"));
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

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
