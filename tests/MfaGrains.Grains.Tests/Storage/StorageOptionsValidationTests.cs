using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MfaGrains.Grains.Tests.Storage;

public sealed class StorageOptionsValidationTests
{
    [Theory]
    [InlineData("PostgreSql", "Host=localhost")]
    [InlineData("Sqlite", "Data Source=:memory:")]
    public async Task Unusable_storage_settings_stop_the_host_before_the_silo_starts(string provider, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        });
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddMfaGrainsStorage(builder.Configuration));
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public void Sqlite_defaults_to_a_file_under_data_in_the_current_directory() =>
        Assert.Equal("Data Source=data/mfagrains.db", new StorageOptions().ResolveConnectionString());
}
