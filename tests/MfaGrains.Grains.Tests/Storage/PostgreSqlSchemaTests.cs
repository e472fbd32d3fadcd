using System.Diagnostics;
using MfaGrains.Hosting.Storage;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>deploy/sql/postgresql, applied in-process and by apply.sh, on databases created for each test.</summary>
public sealed class PostgreSqlSchemaTests : IAsyncLifetime
{
    private static readonly string[] Tables =
        ["mfaaudit", "orleansmembershiptable", "orleansmembershipversiontable", "orleansquery", "orleansreminderstable", "orleansstorage"];

    private TempPostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TempPostgresDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Applying_the_schema_twice_creates_tables_functions_and_queries_once()
    {
        await PostgreSqlSchemaBootstrapper.ApplyAsync(_database.ConnectionString);
        await PostgreSqlSchemaBootstrapper.ApplyAsync(_database.ConnectionString);

        Assert.Equal(Tables, await TablesAsync());
        Assert.Equal(
            ["mfagrains_membership_insert", "mfagrains_membership_update"],
            await _database.ColumnAsync<string>("SELECT proname::text FROM pg_proc WHERE proname LIKE 'mfagrains%' ORDER BY 1"));
        Assert.Equal(ExpectedQueryKeys(), await QueryKeysAsync());
    }

    [Fact]
    public async Task Apply_script_applies_the_same_schema_twice_with_an_npgsql_connection_string()
    {
        await RunApplyScriptAsync(_database.ConnectionString);
        await RunApplyScriptAsync(_database.ConnectionString);

        Assert.Equal(Tables, await TablesAsync());
        Assert.Equal(ExpectedQueryKeys(), await QueryKeysAsync());
    }

    [Fact]
    public async Task Apply_script_also_takes_a_libpq_uri()
    {
        var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(_database.ConnectionString);
        var uri = $"postgresql://{Uri.EscapeDataString(npgsql.Username!)}:{Uri.EscapeDataString(npgsql.Password ?? "")}@{npgsql.Host}:{npgsql.Port}/{_database.Name}";

        await RunApplyScriptAsync(uri);

        Assert.Equal(ExpectedQueryKeys(), await QueryKeysAsync());
    }

    [Fact]
    public async Task Applying_again_keeps_state_and_restores_edited_queries()
    {
        await PostgreSqlSchemaBootstrapper.ApplyAsync(_database.ConnectionString);
        await _database.ExecuteAsync("""
            INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
                                        grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
            VALUES (1, 0, 0, 2, 'probe', 'kept', 'svc', '\x7b7d', now(), 7);
            UPDATE orleansquery SET querytext = 'broken' WHERE querykey = 'ReadFromStorageKey';
            """);

        await PostgreSqlSchemaBootstrapper.ApplyAsync(_database.ConnectionString);

        Assert.Equal(["kept:7"], await _database.ColumnAsync<string>("SELECT grainidextensionstring || ':' || version FROM orleansstorage"));
        Assert.Empty(await _database.ColumnAsync<string>("SELECT querykey FROM orleansquery WHERE querytext = 'broken'"));
    }

    [Fact]
    public void The_schema_stores_every_query_the_referenced_providers_look_up()
    {
        var needed = ProviderQueryKeys.Clustering.Concat(ProviderQueryKeys.Reminders).Concat(ProviderQueryKeys.Persistence);

        Assert.Empty(needed.Except(ExpectedQueryKeys()));
        Assert.Equal(9, ProviderQueryKeys.Clustering.Count());
        Assert.Equal(7, ProviderQueryKeys.Reminders.Count());
    }

    [Fact]
    public void The_embedded_schema_files_are_the_four_parts_in_order() =>
        Assert.Equal(
            ["01-orleans-query.sql", "02-clustering.sql", "03-persistence.sql", "04-reminders.sql", "05-audit.sql"],
            PostgreSqlSchemaBootstrapper.ScriptNames());

    // What the scripts must store: all the providers read, plus the optional keys 10.4 uses when present.
    private static List<string> ExpectedQueryKeys() =>
        ProviderQueryKeys.Clustering.Concat(ProviderQueryKeys.Reminders).Concat(ProviderQueryKeys.Persistence)
            .Concat(ProviderQueryKeys.Optional).Distinct().Order(StringComparer.Ordinal).ToList();

    private Task<List<string>> QueryKeysAsync() =>
        _database.ColumnAsync<string>("SELECT querykey FROM orleansquery ORDER BY querykey COLLATE \"C\"");

    private Task<List<string>> TablesAsync() =>
        _database.ColumnAsync<string>("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");

    private static async Task RunApplyScriptAsync(string connection)
    {
        var start = new ProcessStartInfo("bash", [RepositoryRoot.Combine("deploy", "sql", "postgresql", "apply.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__mfa"] = connection;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"apply.sh exited {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
