using MfaGrains.Hosting.Storage;
using Npgsql;

namespace MfaGrains.Grains.Tests.Storage;

public sealed class PostgreSqlPoolDefaultsTests
{
    [Fact]
    public void A_connection_string_silent_about_pooling_gets_the_measured_defaults()
    {
        var applied = Resolve("Host=db;Database=mfagrains;Username=u;Password=p");

        Assert.Equal((20, true, 32, "db", "mfagrains"), (applied.MaxPoolSize, applied.NoResetOnClose, applied.MaxAutoPrepare, applied.Host, applied.Database));
    }

    [Theory]
    [InlineData("Host=db;Database=d;Maximum Pool Size=50;No Reset On Close=false", 50, false)]
    [InlineData("Host=db;Database=d;MaxPoolSize=7", 7, true)]
    [InlineData("Host=db;Database=d;noresetonclose=false", 20, false)]
    public void Pool_settings_in_the_connection_string_win(string connectionString, int maxPoolSize, bool noResetOnClose)
    {
        var applied = Resolve(connectionString);

        Assert.Equal((maxPoolSize, noResetOnClose), (applied.MaxPoolSize, applied.NoResetOnClose));
    }

    [Theory]
    [InlineData("Host=db;Database=d;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=d;maxautoprepare=5", 5)]
    public void Statement_preparation_in_the_connection_string_wins(string connectionString, int maxAutoPrepare) =>
        Assert.Equal(maxAutoPrepare, Resolve(connectionString).MaxAutoPrepare);

    [Fact]
    public void Sqlite_connection_strings_are_left_alone() =>
        Assert.Equal("Data Source=x.db", new StorageOptions { ConnectionString = "Data Source=x.db" }.ResolveConnectionString());

    private static NpgsqlConnectionStringBuilder Resolve(string connectionString) =>
        new(new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = connectionString }.ResolveConnectionString());
}
