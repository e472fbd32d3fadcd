namespace MfaGrains.Hosting.Storage;

/// <summary>Where grain state is kept; bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The SQLite database used when no connection string is set, relative to the current directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/mfagrains.db";

    /// <summary>The database behind grain state. Defaults to <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The ADO.NET connection string. When empty, SQLite uses <see cref="DefaultSqliteConnectionString"/>;
    /// other providers require one.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The connection string in force: the configured one, or the provider's default.</summary>
    public string? ResolveConnectionString() =>
        !string.IsNullOrWhiteSpace(ConnectionString) ? ConnectionString
        : Provider == StorageProvider.Sqlite ? DefaultSqliteConnectionString
        : null;
}
