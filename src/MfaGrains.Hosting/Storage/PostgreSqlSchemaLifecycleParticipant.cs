using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Runtime;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Applies the PostgreSQL schema when a silo starts, if <see cref="StorageOptions.ApplySchemaOnStart"/> asks for it:
/// at <see cref="ServiceLifecycleStage.First"/>, because membership, reminders and grain storage all load their queries
/// in later stages.
/// </summary>
internal sealed partial class PostgreSqlSchemaLifecycleParticipant(
    IOptions<StorageOptions> options,
    ILogger<PostgreSqlSchemaLifecycleParticipant> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgreSqlSchemaLifecycleParticipant), ServiceLifecycleStage.First, ApplySchemaAsync);

    private async Task ApplySchemaAsync(CancellationToken cancellationToken)
    {
        var storage = options.Value;
        if (storage.Provider != StorageProvider.PostgreSql || !storage.ResolveApplySchemaOnStart())
        {
            return;
        }

        var connectionString = storage.ResolveConnectionString()!;
        await PostgreSqlSchemaBootstrapper.ApplyAsync(connectionString, cancellationToken);
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        LogSchemaApplied(logger, target.Database, target.Host);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL schema applied to database {Database} on {Host}")]
    private static partial void LogSchemaApplied(ILogger logger, string? database, string? host);
}
