using MfaGrains.Grains.Audit.Log;
using MfaGrains.Hosting.Storage.GroupCommit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace MfaGrains.Hosting.Storage.Audit;

/// <summary>The audit log in SQLite's <c>MfaAudit</c>: reads on a pooled connection, purges between the writer's batches.</summary>
internal sealed class SqliteAuditLog(SqliteStateRowStore writer, IOptions<StorageOptions> storage, IOptions<ClusterOptions> cluster) : IAuditLog
{
    private readonly string _connectionString = storage.Value.ResolveConnectionString()!;
    private readonly string _serviceId = cluster.Value.ServiceId;

    public async Task<IReadOnlyList<StoredAuditRecord>> ReadAsync(string userId, long? before, int limit, CancellationToken cancellationToken = default)
    {
        AuditQueries.ThrowIfInvalid(limit);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AuditQueries.Read;
        command.Parameters.AddWithValue("@s", _serviceId);
        command.Parameters.AddWithValue("@user", userId);
        command.Parameters.AddWithValue("@before", (object?)before ?? DBNull.Value);
        command.Parameters.AddWithValue("@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await AuditQueries.ReadAllAsync(reader, (r, i) => AuditTime.FromText(r.GetString(i)), cancellationToken);
    }

    // Through the writer connection, so the delete queues behind the state batches instead of colliding with them.
    public Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) =>
        writer.OnWriterAsync(async transaction =>
        {
            await using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = AuditQueries.Purge;
            command.Parameters.AddWithValue("@s", _serviceId);
            command.Parameters.AddWithValue("@olderThan", AuditTime.ToText(olderThan));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        });
}
