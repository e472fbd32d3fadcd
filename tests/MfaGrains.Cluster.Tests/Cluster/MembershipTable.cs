using Npgsql;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>Reads <c>orleansmembershiptable</c> past Orleans: what the cluster has recorded about each silo.</summary>
internal static class MembershipTable
{
    public const int Active = 3;
    public const int Dead = 6;

    /// <summary>The status of the newest incarnation of the silo on this port, or null when it has no row.</summary>
    public static async Task<int?> StatusAsync(ScratchDatabase database, string clusterId, int siloPort)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status FROM orleansmembershiptable WHERE deploymentid = @clusterId AND port = @port ORDER BY generation DESC LIMIT 1",
            connection);
        command.Parameters.AddWithValue("clusterId", clusterId);
        command.Parameters.AddWithValue("port", siloPort);
        return await command.ExecuteScalarAsync() is int status ? status : null;
    }

    /// <summary>Each incarnation's port, status and suspicions, for the test's report.</summary>
    public static async Task<List<string>> DescribeAsync(ScratchDatabase database, string clusterId)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT port, generation, status, coalesce(suspecttimes, '') FROM orleansmembershiptable WHERE deploymentid = @clusterId ORDER BY generation, port",
            connection);
        command.Parameters.AddWithValue("clusterId", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"port {reader.GetInt32(0)} generation {reader.GetInt32(1)} status {reader.GetInt32(2)} suspected by [{reader.GetString(3)}]");
        }

        return rows;
    }
}
