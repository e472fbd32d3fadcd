using Npgsql;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>Reads a test database past Orleans, to assert on what the providers left in it.</summary>
internal static class PostgresQueries
{
    public static async Task<List<T>> ColumnAsync<T>(this TempPostgresDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    public static async Task ExecuteAsync(this TempPostgresDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
