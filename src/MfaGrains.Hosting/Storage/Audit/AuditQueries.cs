using System.Data.Common;
using MfaGrains.Grains.Audit.Log;

namespace MfaGrains.Hosting.Storage.Audit;

/// <summary>The audit log's read and purge, in SQL both databases run as written (unquoted names fold to either's case).</summary>
internal static class AuditQueries
{
    /// <summary>Parameters: @s service id, @user, @before (NULL for the newest), @limit.</summary>
    public const string Read = """
        SELECT Id, UserId, Event, ChallengeId, Kind, Status, Reason, DeviceId, Detail, At
          FROM MfaAudit
         WHERE ServiceId = @s AND UserId = @user AND (@before IS NULL OR Id < @before)
         ORDER BY Id DESC
         LIMIT @limit
        """;

    /// <summary>Parameters: @s service id, @olderThan.</summary>
    public const string Purge = "DELETE FROM MfaAudit WHERE ServiceId = @s AND At < @olderThan";

    public static void ThrowIfInvalid(int limit) => ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);

    /// <summary>Every row of <see cref="Read"/>, with <paramref name="at"/> reading the At column as the database keeps it.</summary>
    public static async Task<IReadOnlyList<StoredAuditRecord>> ReadAllAsync(
        DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> at, CancellationToken cancellationToken)
    {
        var records = new List<StoredAuditRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new StoredAuditRecord(
                reader.GetInt64(0),
                new AuditRecord(
                    reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                    Text(reader, 6), Text(reader, 7), Text(reader, 8), at(reader, 9))));
        }

        return records;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
