using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Applies the SQLite schema during silo start-up, at <see cref="ServiceLifecycleStage.RuntimeStorageServices"/>:
/// before the ADO.NET grain storage loads its queries (at <see cref="ServiceLifecycleStage.ApplicationServices"/>)
/// and before any grain can activate.
/// </summary>
internal sealed partial class SqliteSchemaLifecycleParticipant(
    IOptions<StorageOptions> options,
    ILogger<SqliteSchemaLifecycleParticipant> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SqliteSchemaLifecycleParticipant), ServiceLifecycleStage.RuntimeStorageServices, ApplySchemaAsync);

    private async Task ApplySchemaAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (storage.Provider != StorageProvider.Sqlite || !storage.ResolveApplySchemaOnStart())
        {
            return;
        }

        var connectionString = storage.ResolveConnectionString()!;
        var databasePath = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        await SqliteSchemaBootstrapper.ApplyAsync(connectionString, storage.SqliteSynchronous, cancellationToken);
        LogSchemaApplied(logger, databasePath, storage.SqliteSynchronous);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite storage schema applied to {DatabasePath}; commits are synchronous={Synchronous}")]
    private static partial void LogSchemaApplied(ILogger logger, string databasePath, SqliteSynchronous synchronous);
}
