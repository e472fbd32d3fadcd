namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Where grain state is kept (and, on PostgreSQL, cluster membership and reminders); bound from the
/// <c>Storage</c> configuration section.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The entry under <c>ConnectionStrings</c> used when <see cref="ConnectionString"/> is empty.</summary>
    public const string ConnectionStringName = "mfa";

    /// <summary>The SQLite database used when no connection string is set, relative to the current directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/mfagrains.db";

    /// <summary>The database behind grain state. Defaults to <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The ADO.NET connection string (for PostgreSQL, Npgsql's keyword form). Precedence:
    /// <c>Storage:ConnectionString</c>, then <c>ConnectionStrings:mfa</c> (filled in at binding),
    /// then, for SQLite only, <see cref="DefaultSqliteConnectionString"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Whether a silo applies the schema when it starts. Unset means the provider's default: yes for
    /// SQLite (the single-machine default creates its own file), no for PostgreSQL, where applying
    /// <c>deploy/sql/postgresql</c> is a deployment step; set it to true there for development.
    /// </summary>
    public bool? ApplySchemaOnStart { get; set; }

    /// <summary>
    /// SQLite only: whether a grain state write waits for an fsync (<see cref="SqliteSynchronous.Full"/>) or only
    /// for the operating system (<see cref="SqliteSynchronous.Normal"/>, the default: docs/benchmarks.md measured
    /// 450 sign-ins/s against 300/s with p99 under 200 ms on one box). Set on the batching storage's writer connection, and
    /// written into Orleans' stored write and clear queries with the schema at start-up.
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>The most grain state writes one transaction (or reads one query) carries; see <see cref="MaxBatchSizeLimit"/>.</summary>
    public const int DefaultMaxBatchSize = 256;

    /// <summary>The largest <see cref="MaxBatchSize"/> accepted: SQLite binds 7 parameters per key in a batched read.</summary>
    public const int MaxBatchSizeLimit = 4096;

    /// <summary>
    /// SQLite and PostgreSQL: the most writes (and clears) the batching grain storage commits in one transaction, and
    /// the most reads it answers with one query. Batches form from whatever is waiting when the previous one finishes,
    /// so a lone write never waits; the cap only bounds one transaction's size under a surge. 1 to
    /// <see cref="MaxBatchSizeLimit"/>, default <see cref="DefaultMaxBatchSize"/>.
    /// </summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>
    /// The connection string in force: the configured one, or the provider's default; for PostgreSQL with
    /// <see cref="PostgreSqlPoolDefaults"/> added where it does not set them itself.
    /// </summary>
    public string? ResolveConnectionString() => (Provider, ConnectionString) switch
    {
        (StorageProvider.PostgreSql, { } configured) when !string.IsNullOrWhiteSpace(configured) && IsNpgsql(configured) =>
            PostgreSqlPoolDefaults.Apply(configured),
        (_, { } configured) when !string.IsNullOrWhiteSpace(configured) => configured,
        (StorageProvider.Sqlite, _) => DefaultSqliteConnectionString,
        _ => null,
    };

    /// <summary>Whether the schema is applied at start-up: <see cref="ApplySchemaOnStart"/> or the provider's default.</summary>
    public bool ResolveApplySchemaOnStart() => ApplySchemaOnStart ?? Provider == StorageProvider.Sqlite;

    // An unparsable string is passed through untouched, for the validator to reject with its own message.
    private static bool IsNpgsql(string connectionString)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
