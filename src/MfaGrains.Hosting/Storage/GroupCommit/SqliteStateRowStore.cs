using System.Text;
using MfaGrains.Hosting.Storage.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>
/// SQLite's side of group commit: each batch of writes is one <c>BEGIN IMMEDIATE … COMMIT</c> on the one writer
/// connection (with <see cref="StorageOptions.SqliteSynchronous"/>), so one fsync serves the whole batch; reads run
/// beside it on pooled connections, which WAL lets see every committed write without waiting for the writer.
/// </summary>
internal sealed class SqliteStateRowStore(IOptions<StorageOptions> options) : IStateRowStore, IAsyncDisposable, IDisposable
{
    private const string KeyMatches = """
           GrainIdHash = @h AND GrainTypeHash = @t AND GrainIdN0 = @n0 AND GrainIdN1 = @n1
           AND ServiceId = @s AND GrainTypeString = @ts AND GrainIdExtensionString IS @x
        """;

    private const string UpdateSql = $"""
        UPDATE OrleansStorage SET PayloadBinary = @payload, ModifiedOn = CURRENT_TIMESTAMP, Version = Version + 1
         WHERE Version = @version AND {KeyMatches}
        RETURNING Version
        """;

    private const string InsertSql = $"""
        INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        SELECT @h, @n0, @n1, @t, @ts, @x, @s, @payload, CURRENT_TIMESTAMP, 1
         WHERE NOT EXISTS (SELECT 1 FROM OrleansStorage WHERE {KeyMatches})
        RETURNING Version
        """;

    private const string AuditSql = """
        INSERT INTO MfaAudit (ServiceId, UserId, Event, ChallengeId, Kind, Status, Reason, DeviceId, Detail, At)
        VALUES (@s, @user, @event, @challenge, @kind, @status, @reason, @device, @detail, @at)
        """;

    private readonly string _connectionString = options.Value.ResolveConnectionString()!;
    private readonly SqliteSynchronous _synchronous = options.Value.SqliteSynchronous;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private SqliteConnection? _connection;
    private SqliteCommand _update = null!;
    private SqliteCommand _insert = null!;
    private SqliteCommand _audit = null!;

    public Task<int?[]> WriteBatchAsync(IReadOnlyList<PendingWrite> writes) => OnWriterAsync(transaction =>
    {
        var versions = new int?[writes.Count];
        foreach (var command in new[] { _update, _insert, _audit })
        {
            command.Transaction = transaction;
        }

        for (var i = 0; i < writes.Count; i++)
        {
            versions[i] = Apply(writes[i]);
        }

        return Task.FromResult(versions);
    });

    public async Task<StoredState?[]> ReadBatchAsync(IReadOnlyList<StateRowKey> keys)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder("WITH k(i, h, t, n0, n1, s, ts, x) AS (VALUES ");
        for (var i = 0; i < keys.Count; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append($"({i}, @h{i}, @t{i}, @n0{i}, @n1{i}, @s{i}, @ts{i}, @x{i})");
            Bind(command, keys[i], i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        command.CommandText = sql.Append("""
            )
            SELECT k.i, o.PayloadBinary, o.Version FROM k JOIN OrleansStorage o
                ON o.GrainIdHash = k.h AND o.GrainTypeHash = k.t AND o.GrainIdN0 = k.n0 AND o.GrainIdN1 = k.n1
               AND o.ServiceId = k.s AND o.GrainTypeString = k.ts AND o.GrainIdExtensionString IS k.x
            """).ToString();
        var rows = new StoredState?[keys.Count];
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt32(0)] = new StoredState(reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1), reader.GetInt32(2));
        }

        return rows;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a <c>BEGIN IMMEDIATE … COMMIT</c> of its own on the writer connection, between
    /// batches: other writes to this file (the audit log's purge) queue here instead of colliding with the writer.
    /// </summary>
    public async Task<T> OnWriterAsync<T>(Func<SqliteTransaction, Task<T>> work)
    {
        await _writer.WaitAsync();
        try
        {
            var connection = await WriterAsync();
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(transaction);
            await transaction.CommitAsync();
            return result;
        }
        finally
        {
            _writer.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _writer.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private int? Apply(PendingWrite write)
    {
        int? version;
        if (write.ExpectedVersion is { } expected)
        {
            Bind(_update, write.Key);
            _update.Parameters["@version"].Value = expected;
            _update.Parameters["@payload"].Value = (object?)write.Payload ?? DBNull.Value;
            version = AsVersion(_update.ExecuteScalar());
        }
        else if (write.Payload is not null)
        {
            Bind(_insert, write.Key);
            _insert.Parameters["@payload"].Value = write.Payload;
            version = AsVersion(_insert.ExecuteScalar());
        }
        else
        {
            version = null; // clearing a state the caller believes was never written: Orleans calls that stale too
        }

        if (version is not null)
        {
            foreach (var record in write.Audit)
            {
                _audit.Parameters["@s"].Value = write.Key.ServiceId;
                _audit.Parameters["@user"].Value = record.UserId;
                _audit.Parameters["@event"].Value = record.Event;
                _audit.Parameters["@challenge"].Value = (object?)record.ChallengeId ?? DBNull.Value;
                _audit.Parameters["@kind"].Value = (object?)record.Kind ?? DBNull.Value;
                _audit.Parameters["@status"].Value = (object?)record.Status ?? DBNull.Value;
                _audit.Parameters["@reason"].Value = (object?)record.Reason ?? DBNull.Value;
                _audit.Parameters["@device"].Value = (object?)record.DeviceId ?? DBNull.Value;
                _audit.Parameters["@detail"].Value = (object?)record.Detail ?? DBNull.Value;
                _audit.Parameters["@at"].Value = AuditTime.ToText(record.At);
                _audit.ExecuteNonQuery();
            }
        }

        return version;
    }

    private static int? AsVersion(object? scalar) => scalar is null or DBNull ? null : Convert.ToInt32(scalar, System.Globalization.CultureInfo.InvariantCulture);

    // Opened on first use, after the silo has applied the schema; kept for the silo's life so its statements stay prepared.
    private async Task<SqliteConnection> WriterAsync()
    {
        if (_connection is not null)
        {
            return _connection;
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = _synchronous == SqliteSynchronous.Full ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync();
        }

        _update = Command(connection, UpdateSql, "@version", "@payload");
        _insert = Command(connection, InsertSql, "@payload");
        _audit = connection.CreateCommand();
        _audit.CommandText = AuditSql;
        foreach (var name in new[] { "@s", "@user", "@event", "@challenge", "@kind", "@status", "@reason", "@device", "@detail", "@at" })
        {
            _audit.Parameters.Add(new SqliteParameter(name, null));
        }

        _connection = connection;
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] extra)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, key: null);
        foreach (var name in extra)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    // With a null key, declares the key's parameters; otherwise sets (or, with a suffix, adds) their values.
    private static void Bind(SqliteCommand command, StateRowKey? key, string suffix = "")
    {
        Set(command, "@h" + suffix, key?.GrainIdHash);
        Set(command, "@t" + suffix, key?.GrainTypeHash);
        Set(command, "@n0" + suffix, key?.N0);
        Set(command, "@n1" + suffix, key?.N1);
        Set(command, "@s" + suffix, key?.ServiceId);
        Set(command, "@ts" + suffix, key?.GrainTypeString);
        Set(command, "@x" + suffix, key?.Extension);
    }

    private static void Set(SqliteCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        else
        {
            command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        }
    }
}
