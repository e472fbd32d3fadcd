using MfaGrains.Grains.Audit.Log;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;

namespace MfaGrains.Hosting.Storage.Audit;

/// <summary>The audit log in PostgreSQL's <c>mfaaudit</c>.</summary>
internal sealed class PostgreSqlAuditLog(NpgsqlDataSource dataSource, IOptions<ClusterOptions> cluster) : IAuditLog
{
    private readonly string _serviceId = cluster.Value.ServiceId;

    public async Task<IReadOnlyList<StoredAuditRecord>> ReadAsync(string userId, long? before, int limit, CancellationToken cancellationToken = default)
    {
        AuditQueries.ThrowIfInvalid(limit);
        await using var command = dataSource.CreateCommand(AuditQueries.Read);
        command.Parameters.AddWithValue("s", _serviceId);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Bigint) { Value = (object?)before ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await AuditQueries.ReadAllAsync(reader, (r, i) => r.GetFieldValue<DateTimeOffset>(i), cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(AuditQueries.Purge);
        command.Parameters.AddWithValue("s", _serviceId);
        command.Parameters.AddWithValue("olderThan", olderThan.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
