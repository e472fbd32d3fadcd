using Npgsql;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A silo's row in <c>orleansmembershiptable</c>, read past Orleans.</summary>
internal sealed record MembershipRow(string SiloName, int Status, string? SuspectTimes)
{
    public const int Active = 3;
    public const int Dead = 6;

    public static async Task<List<MembershipRow>> ReadAllAsync(TempPostgresDatabase database, string clusterId)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT siloname, status, suspecttimes FROM orleansmembershiptable WHERE deploymentid = @clusterId ORDER BY siloname",
            connection);
        command.Parameters.AddWithValue("clusterId", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<MembershipRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new MembershipRow(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    public static async Task<MembershipRow?> FindAsync(TempPostgresDatabase database, string clusterId, SiloHandle silo) =>
        (await ReadAllAsync(database, clusterId)).SingleOrDefault(r => r.SiloName == silo.Name);
}
