using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace MfaGrains.Hosting.Clustering;

/// <summary>Gives the ADO.NET membership and reminder providers the same Npgsql connection as grain storage.</summary>
internal static class PostgreSqlConnection
{
    // One connection string for all three providers means one Npgsql pool per process, sized once (docs/benchmarks.md).
    public static void Fill(AdoNetClusteringSiloOptions options, IOptions<StorageOptions> storage) =>
        (options.Invariant, options.ConnectionString) = (StorageInvariants.PostgreSql, storage.Value.ResolveConnectionString());

    public static void Fill(AdoNetClusteringClientOptions options, IOptions<StorageOptions> storage) =>
        (options.Invariant, options.ConnectionString) = (StorageInvariants.PostgreSql, storage.Value.ResolveConnectionString());

    public static void Fill(AdoNetReminderTableOptions options, IOptions<StorageOptions> storage) =>
        (options.Invariant, options.ConnectionString) = (StorageInvariants.PostgreSql, storage.Value.ResolveConnectionString());
}
