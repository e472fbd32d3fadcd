using Npgsql;
using NpgsqlTypes;

namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>
/// PostgreSQL's side of group commit: a batch of writes is one multi-row statement over arrays per round (a round holds
/// at most one write per grain, in arrival order; nearly every batch is one round), the rounds one
/// <see cref="NpgsqlBatch"/>: one round trip, run in one implicit transaction (Npgsql ends a batch with a single Sync, so
/// any failure rolls the whole batch back, and the server answers only once it has committed). A batch of reads is one
/// query over arrays of keys. Measured against one statement per write in one batch: docs/benchmarks.md, round 4.
/// </summary>
internal sealed class PostgreSqlStateRowStore(NpgsqlDataSource dataSource) : IStateRowStore
{
    private const string KeyJoin = """
        o.grainidhash = w.h AND o.graintypehash = w.t AND o.grainidn0 = w.n0 AND o.grainidn1 = w.n1
        AND o.serviceid = w.s AND o.graintypestring = w.ts AND o.grainidextensionstring IS NOT DISTINCT FROM w.x
        """;

    // Per write: the row key, the caller's version (NULL: never written) and the payload (NULL: clear). A stale version
    // updates nothing and, unlike a first write, a clear never inserts; the unique index turns a lost race to create a
    // row into no row. Only a change returns its version, and only a write that changed its row appends its audit records.
    private const string WriteSql = $"""
        WITH w AS (
            SELECT * FROM unnest($1::integer[], $2::integer[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::integer[], $9::bytea[])
                   WITH ORDINALITY AS w(h, t, n0, n1, s, ts, x, v, p, i)
        ), replaced AS (
            UPDATE orleansstorage o SET payloadbinary = w.p, modifiedon = now(), version = o.version + 1
              FROM w
             WHERE w.v IS NOT NULL AND o.version = w.v AND {KeyJoin}
            RETURNING w.i, o.version
        ), created AS (
            INSERT INTO orleansstorage (grainidhash, graintypehash, grainidn0, grainidn1, serviceid, graintypestring,
                                        grainidextensionstring, payloadbinary, modifiedon, version)
            SELECT w.h, w.t, w.n0, w.n1, w.s, w.ts, w.x, w.p, now(), 1 FROM w WHERE w.v IS NULL AND w.p IS NOT NULL
            ON CONFLICT DO NOTHING
            RETURNING grainidhash, graintypehash, grainidn0, grainidn1, serviceid, graintypestring, grainidextensionstring, version
        ), done AS (
            SELECT i, version FROM replaced
            UNION ALL
            SELECT w.i, o.version FROM created o JOIN w ON {KeyJoin}
        ), audit AS (
            INSERT INTO mfaaudit (serviceid, userid, event, challengeid, kind, status, reason, deviceid, detail, at)
            SELECT a.s, a.userid, a.event, a.challengeid, a.kind, a.status, a.reason, a.deviceid, a.detail, a.at
              FROM unnest($10::bigint[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::timestamptz[])
                   WITH ORDINALITY AS a(wi, s, userid, event, challengeid, kind, status, reason, deviceid, detail, at, n)
              JOIN done ON done.i = a.wi
             ORDER BY a.n
        )
        SELECT i, version FROM done
        """;

    // Both statements are prepared (Npgsql's automatic preparation), but PostgreSQL would plan each execution anew: it
    // estimates an unnest at 10 rows, so the generic plan always looks dearer than a custom one, though it is the same
    // nested loop over the unique index. Planning costs more than running a small batch; this keeps the generic plan,
    // for the batch's transaction only (a pooler in transaction mode is fine with it). set_config rather than SET LOCAL,
    // which warns outside an explicit transaction block. Its one row is the batch's first result.
    private const string GenericPlan = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true)";

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
        var rounds = Rounds(writes);
        var versions = new int?[writes.Count];
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var batch = new NpgsqlBatch(connection) { BatchCommands = { new NpgsqlBatchCommand(GenericPlan) } })
        {
            foreach (var round in rounds)
            {
                batch.BatchCommands.Add(Command(writes, round));
            }

            await using var reader = await batch.ExecuteReaderAsync();
            foreach (var round in rounds)
            {
                await reader.NextResultAsync();
                while (await reader.ReadAsync())
                {
                    versions[round[(int)reader.GetInt64(0) - 1]] = reader.GetInt32(1);
                }
            }
        }

        // The reader was consumed up to the server's ReadyForQuery, which follows the commit.
        return versions;
    }

    public async Task<StoredState?[]> ReadBatchAsync(IReadOnlyList<StateRowKey> keys)
    {
        var rows = new StoredState?[keys.Count];
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { new NpgsqlBatchCommand(GenericPlan), new NpgsqlBatchCommand(ReadSql) } };
        AddKeys(batch.BatchCommands[1].Parameters, keys, k => k);
        await using var reader = await batch.ExecuteReaderAsync();
        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt64(0) - 1] = new StoredState(reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1), reader.GetInt32(2));
        }

        return rows;
    }

    // Each round holds at most one write per grain, so a grain written twice in a batch sees its first write first.
    private static List<List<int>> Rounds(IReadOnlyList<PendingWrite> writes)
    {
        var rounds = new List<List<int>>();
        var seen = new Dictionary<StateRowKey, int>();
        for (var i = 0; i < writes.Count; i++)
        {
            var round = seen.TryGetValue(writes[i].Key, out var last) ? last + 1 : 0;
            seen[writes[i].Key] = round;
            if (round == rounds.Count)
            {
                rounds.Add([]);
            }

            rounds[round].Add(i);
        }

        return rounds;
    }

    private static NpgsqlBatchCommand Command(IReadOnlyList<PendingWrite> all, List<int> round)
    {
        var writes = round.Select(i => all[i]).ToList();
        var audit = writes.SelectMany((w, i) => w.Audit.Select(r => (Write: (long)i + 1, w.Key.ServiceId, Record: r))).ToList();
        var command = new NpgsqlBatchCommand(WriteSql);
        var p = command.Parameters;
        AddKeys(p, writes, w => w.Key);
        p.Add(Array(writes, w => w.ExpectedVersion, NpgsqlDbType.Integer));
        p.Add(Array(writes, w => w.Payload, NpgsqlDbType.Bytea));
        p.Add(Array(audit, a => a.Write, NpgsqlDbType.Bigint));
        p.Add(Array(audit, a => a.ServiceId, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.UserId, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.Event, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.ChallengeId, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.Kind, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.Status, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.Reason, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.DeviceId, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.Detail, NpgsqlDbType.Text));
        p.Add(Array(audit, a => a.Record.At.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        return command;
    }

    // $1..$7 of both statements: the row keys, column by column.
    private static void AddKeys<TItem>(NpgsqlParameterCollection parameters, IReadOnlyList<TItem> items, Func<TItem, StateRowKey> key)
    {
        parameters.Add(Array(items, i => key(i).GrainIdHash, NpgsqlDbType.Integer));
        parameters.Add(Array(items, i => key(i).GrainTypeHash, NpgsqlDbType.Integer));
        parameters.Add(Array(items, i => key(i).N0, NpgsqlDbType.Bigint));
        parameters.Add(Array(items, i => key(i).N1, NpgsqlDbType.Bigint));
        parameters.Add(Array(items, i => key(i).ServiceId, NpgsqlDbType.Text));
        parameters.Add(Array(items, i => key(i).GrainTypeString, NpgsqlDbType.Text));
        parameters.Add(Array(items, i => key(i).Extension, NpgsqlDbType.Text));
    }

    private static NpgsqlParameter Array<TItem, TValue>(IReadOnlyList<TItem> items, Func<TItem, TValue> column, NpgsqlDbType type) =>
        new() { Value = items.Select(column).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type };
}
