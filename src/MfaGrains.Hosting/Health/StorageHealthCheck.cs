using System.Data.Common;
using MfaGrains.Hosting.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MfaGrains.Hosting.Health;

/// <summary>
/// Ready only while the grain store answers a trivial query against the schema. The API's grain-call probe does not
/// cover this: its probe grain stays active, so after its first read it never touches storage again.
/// </summary>
public sealed class StorageHealthCheck(IOptions<StorageOptions> storage) : IHealthCheck
{
    // The smallest of Orleans' tables, read by every provider at start-up: its presence proves the schema, not just the server.
    private const string Probe = "SELECT 1 FROM OrleansQuery LIMIT 1";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (storage.Value.Provider == StorageProvider.Memory)
        {
            return HealthCheckResult.Healthy();
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        try
        {
            await using var connection = CreateConnection(storage.Value);
            await connection.OpenAsync(deadline.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = Probe;
            await command.ExecuteScalarAsync(deadline.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException
            || exception is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The description names no host or file: /health/ready is reachable without credentials.
            return HealthCheckResult.Unhealthy($"The {storage.Value.Provider} grain store did not answer within {Timeout.TotalSeconds:0} s.", exception);
        }
    }

    private static DbConnection CreateConnection(StorageOptions options) => options.Provider switch
    {
        StorageProvider.PostgreSql => new NpgsqlConnection(options.ResolveConnectionString()),
        _ => new SqliteConnection(options.ResolveConnectionString()),
    };
}
