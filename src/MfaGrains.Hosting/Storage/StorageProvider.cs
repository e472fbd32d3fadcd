namespace MfaGrains.Hosting.Storage;

/// <summary>The database behind grain state.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file on the local disk: the single-machine default (localhost clustering, in-memory reminders).</summary>
    Sqlite,

    /// <summary>PostgreSQL via Npgsql, for clusters: grain state, membership and reminders in one database.</summary>
    PostgreSql,

    /// <summary>
    /// Grain state in the silo's memory, lost on every restart: the storage-free baseline for benchmarks, accepted in the
    /// Development environment only.
    /// </summary>
    Memory,
}
