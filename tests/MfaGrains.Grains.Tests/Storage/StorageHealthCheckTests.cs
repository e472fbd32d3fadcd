using MfaGrains.Hosting.Health;
using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A silo is ready only while its grain store answers a query against the schema.</summary>
public sealed class StorageHealthCheckTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_sqlite_store_with_the_schema_is_healthy()
    {
        await SqliteSchemaBootstrapper.ApplyAsync(_database.ConnectionString);

        var result = await Check(StorageProvider.Sqlite, _database.ConnectionString);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task A_sqlite_file_that_cannot_be_opened_is_unhealthy_and_the_description_names_no_path()
    {
        var result = await Check(StorageProvider.Sqlite, _database.ConnectionString);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain(_database.FilePath, result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_without_the_schema_is_unhealthy()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        using (_database.Open())
        {
            // An empty database file: reachable, but without Orleans' tables.
        }

        Assert.Equal(HealthStatus.Unhealthy, (await Check(StorageProvider.Sqlite, _database.ConnectionString)).Status);
    }

    [Fact]
    public async Task A_postgresql_server_that_does_not_answer_is_unhealthy()
    {
        var result = await Check(StorageProvider.PostgreSql, "Host=127.0.0.1;Port=1;Database=mfagrains;Username=mfagrains;Password=x;Timeout=2");

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.DoesNotContain("127.0.0.1", result.Description, StringComparison.Ordinal);
    }

    private static Task<HealthCheckResult> Check(StorageProvider provider, string connectionString) =>
        new StorageHealthCheck(Microsoft.Extensions.Options.Options.Create(new StorageOptions { Provider = provider, ConnectionString = connectionString }))
            .CheckHealthAsync(new HealthCheckContext());
}
