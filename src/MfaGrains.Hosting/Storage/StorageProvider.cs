namespace MfaGrains.Hosting.Storage;

/// <summary>The database behind grain state.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file on the local disk: the single-machine default.</summary>
    Sqlite,

    /// <summary>PostgreSQL, for clusters. Not available yet.</summary>
    PostgreSql,
}
