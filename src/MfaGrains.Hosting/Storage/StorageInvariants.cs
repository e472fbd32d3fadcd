namespace MfaGrains.Hosting.Storage;

/// <summary>The ADO.NET invariant names Orleans uses to load each provider's driver.</summary>
internal static class StorageInvariants
{
    // Orleans' historical name for SQLite; it maps to Microsoft.Data.Sqlite's factory.
    public const string Sqlite = "System.Data.SQLite";

    // Orleans loads Npgsql's factory by this name; no DbProviderFactories registration is needed.
    public const string PostgreSql = "Npgsql";

    public static string For(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => Sqlite,
        StorageProvider.PostgreSql => PostgreSql,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
    };
}
