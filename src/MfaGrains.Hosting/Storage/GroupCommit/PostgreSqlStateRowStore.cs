using Npgsql;
using NpgsqlTypes;

namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>
/// PostgreSQL's side of group commit: a batch of writes is one <see cref="NpgsqlBatch"/>, one statement per write,
/// sent in one round trip and run in one implicit transaction (Npgsql ends the batch with a single Sync: any failure
/// rolls back the whole batch, and the server answers only once it has committed). A batch of reads is one query over
/// arrays of keys.
/// </summary>
internal sealed class PostgreSqlStateRowStore(NpgsqlDataSource dataSource) : IStateRowStore
{
    // $1..$7 the row key, $8 the caller's version (NULL: never written), $9 the payload (NULL: clear). A stale version
    // updates nothing and, unlike a first write, a clear never inserts; the unique index turns a lost race to create
    // the row into no row. Only a change returns its version.
    private const string WriteCore = """
        WITH replaced AS (
            UPDATE orleansstorage SET payloadbinary = $9, modifiedon = now(), version = version + 1
             WHERE $8::integer IS NOT NULL AND version = $8
               AND grainidhash = $1 AND graintypehash = $2 AND grainidn0 = $3 AND grainidn1 = $4
               AND serviceid = $5 AND graintypestring = $6 AND grainidextensionstring IS NOT DISTINCT FROM $7
            RETURNING version
        ), created AS (
            INSERT INTO orleansstorage (grainidhash, graintypehash, grainidn0, grainidn1, serviceid, graintypestring,
                                        grainidextensionstring, payloadbinary, modifiedon, version)
            SELECT $1, $2, $3, $4, $5, $6, $7, $9, now(), 1
             WHERE $8::integer IS NULL AND $9::bytea IS NOT NULL
            ON CONFLICT DO NOTHING
            RETURNING version
        ), done AS (
            SELECT version FROM replaced UNION ALL SELECT version FROM created
        )
        """;

    private const string WriteSql = WriteCore + "SELECT version FROM done";

    // $10..$18 the audit records' columns, appended in order only when the write changed the row.
    private const string WriteWithAuditSql = WriteCore + """
        , audit AS (
            INSERT INTO mfaaudit (serviceid, userid, event, challengeid, kind, status, reason, deviceid, detail, at)
            SELECT $5, a.userid, a.event, a.challengeid, a.kind, a.status, a.reason, a.deviceid, a.detail, a.at
              FROM unnest($10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::timestamptz[])
                   WITH ORDINALITY AS a(userid, event, challengeid, kind, status, reason, deviceid, detail, at, n)
             WHERE EXISTS (SELECT 1 FROM done)
             ORDER BY a.n
        )
        SELECT version FROM done
        """;

    private const string ReadSql = """
        SELECT k.i, o.payloadbinary, o.version
          FROM unnest($1::integer[], $2::integer[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[])
               WITH ORDINALITY AS k(h, t, n0, n1, s, ts, x, i)
          JOIN orleansstorage o
            ON o.grainidhash = k.h AND o.graintypehash = k.t AND o.grainidn0 = k.n0 AND o.grainidn1 = k.n1
           AND o.serviceid = k.s AND o.graintypestring = k.ts AND o.grainidextensionstring IS NOT DISTINCT FROM k.x
        """;

    public async Task<int?[]> WriteBatchAsync(IReadOnlyList<PendingWrite> writes)
    {
        var versions = new int?[writes.Count];
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var batch = new NpgsqlBatch(connection))
        {
            foreach (var write in writes)
            {
                batch.BatchCommands.Add(Command(write));
            }

            await using var reader = await batch.ExecuteReaderAsync();
            for (var i = 0; i < writes.Count; i++)
            {
                if (i > 0)
                {
                    await reader.NextResultAsync();
                }

                versions[i] = await reader.ReadAsync() ? reader.GetInt32(0) : null;
            }
        }

        // The reader is consumed up to the server's ReadyForQuery, which follows the commit.
        return versions;
    }

    public async Task<StoredState?[]> ReadBatchAsync(IReadOnlyList<StateRowKey> keys)
    {
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.Add(Array(keys, k => k.GrainIdHash, NpgsqlDbType.Integer));
        command.Parameters.Add(Array(keys, k => k.GrainTypeHash, NpgsqlDbType.Integer));
        command.Parameters.Add(Array(keys, k => k.N0, NpgsqlDbType.Bigint));
        command.Parameters.Add(Array(keys, k => k.N1, NpgsqlDbType.Bigint));
        command.Parameters.Add(Array(keys, k => k.ServiceId, NpgsqlDbType.Text));
        command.Parameters.Add(Array(keys, k => k.GrainTypeString, NpgsqlDbType.Text));
        command.Parameters.Add(Array(keys, k => k.Extension, NpgsqlDbType.Text));

        var rows = new StoredState?[keys.Count];
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt64(0) - 1] = new StoredState(reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1), reader.GetInt32(2));
        }

        return rows;
    }

    private static NpgsqlBatchCommand Command(PendingWrite write)
    {
        var key = write.Key;
        var command = new NpgsqlBatchCommand(write.Audit.Count == 0 ? WriteSql : WriteWithAuditSql);
        var parameters = command.Parameters;
        parameters.Add(new NpgsqlParameter<int> { TypedValue = key.GrainIdHash });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = key.GrainTypeHash });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = key.N0 });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = key.N1 });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.ServiceId });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainTypeString });
        parameters.Add(Nullable(key.Extension, NpgsqlDbType.Text));
        parameters.Add(Nullable(write.ExpectedVersion, NpgsqlDbType.Integer));
        parameters.Add(Nullable(write.Payload, NpgsqlDbType.Bytea));
        if (write.Audit.Count > 0)
        {
            var audit = write.Audit;
            parameters.Add(Array(audit, r => r.UserId, NpgsqlDbType.Text));
            parameters.Add(Array(audit, r => r.Event, NpgsqlDbType.Text));
            parameters.Add(Array(audit, r => r.ChallengeId, NpgsqlDbType.Text));
            parameters.Add(Array(audit, r => r.Kind, NpgsqlDbType.Text));
            parameters.Add(Array(audit, r => r.Status, NpgsqlDbType.Text));
            parameters.Add(Array(audit, r => r.Reason, NpgsqlDbType.Text));
            parameters.Add(Array(audit, r => r.DeviceId, NpgsqlDbType.Text));
            parameters.Add(Array(audit, r => r.Detail, NpgsqlDbType.Text));
            parameters.Add(Array(audit, r => r.At.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        }

        return command;
    }

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    private static NpgsqlParameter Array<TItem, TValue>(IReadOnlyList<TItem> items, Func<TItem, TValue> column, NpgsqlDbType type) =>
        new() { Value = items.Select(column).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type };
}
