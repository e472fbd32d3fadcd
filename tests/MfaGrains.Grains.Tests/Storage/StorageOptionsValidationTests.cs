using MfaGrains.Grains.Audit.Log;
using MfaGrains.Grains.Hosting;
using MfaGrains.Hosting.Silo;
using MfaGrains.Hosting.Storage;
using Orleans.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MfaGrains.Grains.Tests.Storage;

public sealed class StorageOptionsValidationTests
{
    [Theory]
    [InlineData("PostgreSql", "")]
    [InlineData("PostgreSql", "Host=localhost")]
    [InlineData("PostgreSql", "Nonsense Keyword=1")]
    [InlineData("Sqlite", "Data Source=:memory:")]
    public async Task Unusable_storage_settings_stop_the_host_before_the_silo_starts(string provider, string connectionString)
    {
        using var host = BuildSilo(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Theory]
    [InlineData("Sqlite", "0")]
    [InlineData("Sqlite", "4097")]
    [InlineData("PostgreSql", "-1")]
    public async Task A_batch_cap_outside_1_to_4096_stops_the_host(string provider, string maxBatchSize)
    {
        using var host = BuildSilo(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = provider == "Sqlite" ? "Data Source=data/never-created.db" : "Host=db;Database=never-reached",
            ["Storage:MaxBatchSize"] = maxBatchSize,
        });

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Storage:MaxBatchSize", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_defaults_to_a_file_under_data_in_the_current_directory() =>
        Assert.Equal("Data Source=data/mfagrains.db", new StorageOptions().ResolveConnectionString());

    [Fact]
    public void ConnectionStrings_mfa_is_used_when_Storage_names_no_connection_string()
    {
        using var host = BuildSilo(new()
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:mfa"] = "Host=db;Database=from-connection-strings",
        });

        Assert.Equal("from-connection-strings", Database(Options(host)));
    }

    [Fact]
    public void Storage_ConnectionString_wins_over_ConnectionStrings_mfa()
    {
        using var host = BuildSilo(new()
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = "Host=db;Database=from-storage",
            ["ConnectionStrings:mfa"] = "Host=db;Database=from-connection-strings",
        });

        Assert.Equal("from-storage", Database(Options(host)));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite, null, true)]
    [InlineData(StorageProvider.PostgreSql, null, false)]
    [InlineData(StorageProvider.PostgreSql, true, true)]
    [InlineData(StorageProvider.Sqlite, false, false)]
    public void Schema_is_applied_at_start_by_default_on_sqlite_only(StorageProvider provider, bool? configured, bool expected) =>
        Assert.Equal(expected, new StorageOptions { Provider = provider, ApplySchemaOnStart = configured }.ResolveApplySchemaOnStart());

    [Fact]
    public void Memory_storage_is_refused_outside_development()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddMfaGrainsSilo());

        Assert.Contains("Development", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Memory_storage_keeps_grain_state_in_memory_and_needs_no_connection_string()
    {
        using var host = BuildSilo(new() { ["Storage:Provider"] = "Memory" });

        Assert.IsType<StateRowGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa));
        Assert.IsType<MemoryStateRows>(host.Services.GetRequiredService<IStateRows>());
        Assert.IsType<MemoryAuditLog>(host.Services.GetRequiredService<IAuditLog>());
        Assert.Null(Options(host).ResolveConnectionString());
        Assert.False(Options(host).ResolveApplySchemaOnStart());
    }

    private static string? Database(StorageOptions options) =>
        new NpgsqlConnectionStringBuilder(options.ResolveConnectionString()).Database;

    private static IHost BuildSilo(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddMfaGrainsStorage(builder.Configuration));
        return builder.Build();
    }

    private static StorageOptions Options(IHost host) => host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
