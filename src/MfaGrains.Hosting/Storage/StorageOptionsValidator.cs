using Microsoft.Extensions.Options;
using Npgsql;

namespace MfaGrains.Hosting.Storage;

/// <summary>Rejects storage settings a provider cannot work with, before the silo or client starts.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => options.Provider switch
    {
        StorageProvider.Sqlite when !SqliteSchemaBootstrapper.IsFileDatabase(options.ResolveConnectionString()) =>
            ValidateOptionsResult.Fail(
                "Storage:ConnectionString must name a SQLite database file (Data Source=<path>); in-memory databases are not kept between Orleans' connections."),
        StorageProvider.PostgreSql when !IsNpgsqlConnectionString(options.ResolveConnectionString()) =>
            ValidateOptionsResult.Fail(
                "Storage:Provider=PostgreSql needs Storage:ConnectionString or ConnectionStrings:mfa in Npgsql keyword form with Host and Database, "
                + "e.g. Host=127.0.0.1;Port=5432;Database=mfagrains;Username=mfagrains;Password=…"),
        StorageProvider.Sqlite or StorageProvider.PostgreSql when options.MaxBatchSize is < 1 or > StorageOptions.MaxBatchSizeLimit =>
            ValidateOptionsResult.Fail($"Storage:MaxBatchSize must be between 1 and {StorageOptions.MaxBatchSizeLimit}; it is {options.MaxBatchSize}."),
        StorageProvider.Sqlite or StorageProvider.PostgreSql or StorageProvider.Memory => ValidateOptionsResult.Success,
        _ => ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is unknown; use Sqlite, PostgreSql or (Development only, for benchmarks) Memory."),
    };

    private static bool IsNpgsqlConnectionString(string? connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return !string.IsNullOrWhiteSpace(builder.Host) && !string.IsNullOrWhiteSpace(builder.Database);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
