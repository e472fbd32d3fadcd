using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace MfaGrains.Hosting.Clustering;

/// <summary>Gives the ADO.NET reminder provider the grain storage's SQLite file, where the schema keeps its table.</summary>
internal static class SqliteConnection
{
    public static void Fill(AdoNetReminderTableOptions options, IOptions<StorageOptions> storage) =>
        (options.Invariant, options.ConnectionString) = (StorageInvariants.For(StorageProvider.Sqlite), storage.Value.ResolveConnectionString());
}
