using System.Text;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>One OrleansStorage row as the database holds it, read past Orleans.</summary>
public sealed record StoredRow(string? Payload, long Version)
{
    internal static StoredRow? Find(TempSqliteDatabase database, string stateName, string grainKey)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT PayloadBinary, Version FROM OrleansStorage
             WHERE ServiceId = $serviceId AND GrainTypeString = $stateName AND GrainIdExtensionString = $grainKey
            """;
        command.Parameters.AddWithValue("$serviceId", SqliteStorageCluster.ServiceId);
        command.Parameters.AddWithValue("$stateName", stateName);
        command.Parameters.AddWithValue("$grainKey", grainKey);

        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var payload = reader.IsDBNull(0) ? null : Encoding.UTF8.GetString((byte[])reader.GetValue(0));
        var row = new StoredRow(payload, reader.GetInt64(1));
        Assert.False(reader.Read(), $"more than one row for {stateName}/{grainKey}");
        return row;
    }
}
