// Measures grain-state write throughput through MfaGrains' real storage (our schema, System.Text.Json payloads) under a
// few Npgsql pool settings, to choose them deliberately, and compares the batching (group commit) `mfa` storage with
// Orleans' ADO.NET provider on the same database.
//
//   deploy/postgres/dev-setup.sh
//   dotnet run deploy/postgres/pool-probe.cs -- [seconds per variant, default 10] [concurrent writers, default 64] [only variants containing this]
//   PROBE_STORAGE=orleans dotnet run deploy/postgres/pool-probe.cs -- …   # Orleans' provider (what ran before group commit)
//   PROBE_DATABASE=sqlite dotnet run deploy/postgres/pool-probe.cs -- …   # a SQLite file instead (one variant)
//
// PostgreSQL server CPU per write is the postgres processes' user+system time (from /proc, all of them on this machine,
// so other work on a shared box counts too) over the writes measured.
// Each variant runs a fresh silo against a fresh database (MFAGRAINS_TEST_POSTGRES or the dev-setup one, whose
// user may CREATE DATABASE): every writer owns one grain and rewrites its state back to back, as a surge of
// sign-ins does. Prints writes/s, latency percentiles and the most server connections the variant held.
#:project ../../src/MfaGrains.Hosting/MfaGrains.Hosting.csproj
#:property PublishAot=false
#:property TreatWarningsAsErrors=false
#:property ServerGarbageCollection=true

using System.Diagnostics;
using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Storage;

var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
var writers = args.Length > 1 ? int.Parse(args[1]) : 64;
var only = args.Length > 2 ? args[2] : "";
var orleansProvider = Environment.GetEnvironmentVariable("PROBE_STORAGE") == "orleans";
var sqlite = Environment.GetEnvironmentVariable("PROBE_DATABASE") == "sqlite";
var server = Environment.GetEnvironmentVariable("MFAGRAINS_TEST_POSTGRES") is { Length: > 0 } s
    ? s : "Host=127.0.0.1;Port=5432;Database=mfagrains;Username=mfagrains;Password=mfagrains";

// Every variant spells out all three settings: MfaGrains adds its own defaults to a connection string silent about them.
(string Name, string Settings)[] variants =
[
    ("Maximum Pool Size=100;No Reset On Close=false (Npgsql's defaults)", "Maximum Pool Size=100;No Reset On Close=false;Max Auto Prepare=0"),
    ("Maximum Pool Size=20;No Reset On Close=false", "Maximum Pool Size=20;No Reset On Close=false;Max Auto Prepare=0"),
    ("Maximum Pool Size=10;No Reset On Close=true", "Maximum Pool Size=10;No Reset On Close=true;Max Auto Prepare=0"),
    ("Maximum Pool Size=20;No Reset On Close=true", "Maximum Pool Size=20;No Reset On Close=true;Max Auto Prepare=0"),
    ("Maximum Pool Size=20;No Reset On Close=true;Max Auto Prepare=32 (MfaGrains' default)", "Maximum Pool Size=20;No Reset On Close=true;Max Auto Prepare=32"),
    ("Maximum Pool Size=40;No Reset On Close=true", "Maximum Pool Size=40;No Reset On Close=true;Max Auto Prepare=0"),
    ("Maximum Pool Size=100;No Reset On Close=true", "Maximum Pool Size=100;No Reset On Close=true;Max Auto Prepare=0"),
    ("Maximum Pool Size=20;Multiplexing=true", "Maximum Pool Size=20;Multiplexing=true;Max Auto Prepare=0"),
];

var rows = new List<string>();
if (sqlite)
{
    variants = [("SQLite file, synchronous=NORMAL", "")];
}

foreach (var (name, settings) in variants.Where(v => sqlite || v.Name.Contains(only, StringComparison.Ordinal)))
{
    try
    {
        var result = await RunVariantAsync(settings);
        rows.Add($"| `{name}` | {result.Rate:0} | {result.P50:0.0} | {result.P99:0.0} | {result.Connections} | {result.ServerCpuPerWrite:0.000} |");
    }
    catch (Exception ex) when (ex.GetBaseException() is PostgresException postgres)
    {
        // A pool larger than the server allows ends here: the variant fails rather than the probe.
        rows.Add($"| `{name}` | failed: {postgres.SqlState} {postgres.MessageText} | | | | |");
        NpgsqlConnection.ClearAllPools();
    }
}

Console.WriteLine($"{(orleansProvider ? "Orleans' ADO.NET provider" : "batching (group commit) storage")}, {writers} writers, {seconds} s per variant, {Environment.ProcessorCount} cores, {(sqlite ? "SQLite" : $"server {new NpgsqlConnectionStringBuilder(server).Host}")}");
Console.WriteLine("| Settings | writes/s | p50 ms | p99 ms | max server connections | postgres CPU ms/write |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
rows.ForEach(Console.WriteLine);

async Task<(double Rate, double P50, double P99, int Connections, double ServerCpuPerWrite)> RunVariantAsync(string settings)
{
    var database = $"mfagrains_probe_{Guid.NewGuid():N}";
    var folder = Path.Combine(Path.GetTempPath(), database);
    if (!sqlite)
    {
        await AdminAsync($"CREATE DATABASE \"{database}\"");
    }

    try
    {
        var application = $"pool-probe-{Guid.NewGuid():N}"[..24];
        var connection = sqlite
            ? $"Data Source={Path.Combine(folder, "probe.db")}"
            : new NpgsqlConnectionStringBuilder($"{server};{settings}") { Database = database, ApplicationName = application }.ConnectionString;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = sqlite ? "Sqlite" : "PostgreSql",
            ["Storage:ConnectionString"] = connection,
            ["Storage:ApplySchemaOnStart"] = "true",
        });
        builder.UseOrleans(silo => silo.UseLocalhostClustering(21111, 40000).AddMfaGrainsStorage(builder.Configuration)
            .AddAdoNetGrainStorage("orleans-ado", o => (o.Invariant, o.ConnectionString) = (sqlite ? "System.Data.SQLite" : "Npgsql", connection)));
        using var host = builder.Build();
        await host.StartAsync();
        IGrainStorage storage = orleansProvider
            ? new OneWriteAtATime(host.Services.GetRequiredKeyedService<IGrainStorage>("orleans-ado"), sqlite)
            : host.Services.GetRequiredKeyedService<IGrainStorage>("mfa");

        using var stop = new CancellationTokenSource();
        var latencies = new List<double>[writers];
        var counting = true;
        var measuring = false;
        var writes = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            latencies[i] = [];
            var grain = GrainId.Create("pool-probe", $"writer-{i}");
            var state = new GrainState<ProbeState>(new ProbeState());
            while (!stop.IsCancellationRequested)
            {
                state.State.Counter++;
                var started = Stopwatch.GetTimestamp();
                await storage.WriteStateAsync("probe", grain, state);
                if (Volatile.Read(ref measuring))
                {
                    latencies[i].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        })).ToList();

        var peak = 0;
        var sampler = Task.Run(async () =>
        {
            while (Volatile.Read(ref counting))
            {
                peak = Math.Max(peak, await ConnectionsAsync(application));
                await Task.Delay(250);
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(2)); // warm-up: JIT, pool growth, plan caching
        Volatile.Write(ref measuring, true);
        var cpuBefore = PostgresCpuSeconds();
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        Volatile.Write(ref measuring, false);
        var elapsed = clock.Elapsed;
        var serverCpu = PostgresCpuSeconds() - cpuBefore;
        stop.Cancel();
        await Task.WhenAll(writes);
        Volatile.Write(ref counting, false);
        await sampler;
        await host.StopAsync();
        NpgsqlConnection.ClearAllPools();

        var all = latencies.SelectMany(l => l).Order().ToList();
        return (all.Count / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), peak, sqlite ? 0 : serverCpu * 1000 / Math.Max(1, all.Count));
    }
    finally
    {
        if (sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        else
        {
            await AdminAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }
}

// utime + stime (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s) of every process named postgres.
static double PostgresCpuSeconds()
{
    long ticks = 0;
    foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "stat")))
    {
        try
        {
            var text = File.ReadAllText(stat);
            var close = text.LastIndexOf(')');
            if (text[(text.IndexOf('(') + 1)..close] != "postgres")
            {
                continue;
            }

            var fields = text[(close + 2)..].Split(' ');
            ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    return ticks / 100.0;
}

async Task<int> ConnectionsAsync(string application)
{
    await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
    await admin.OpenAsync();
    await using var command = new NpgsqlCommand("SELECT count(*)::int FROM pg_stat_activity WHERE application_name = @app", admin);
    command.Parameters.AddWithValue("app", application);
    return (int)(await command.ExecuteScalarAsync())!;
}

async Task AdminAsync(string sql)
{
    await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
    await admin.OpenAsync();
    await using var command = new NpgsqlCommand(sql, admin);
    await command.ExecuteNonQueryAsync();
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, p * sorted.Count)];

/// <summary>What the SQLite storage did before group commit: Orleans' provider behind a queue of one write at a time.</summary>
public sealed class OneWriteAtATime(IGrainStorage inner, bool serialize) : IGrainStorage
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        OneAtATime(() => inner.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        OneAtATime(() => inner.ClearStateAsync(stateName, grainId, grainState));

    private async Task OneAtATime(Func<Task> write)
    {
        if (!serialize)
        {
            await write();
            return;
        }

        await _writer.WaitAsync();
        try
        {
            await write();
        }
        finally
        {
            _writer.Release();
        }
    }
}

/// <summary>A state about the size of a user's: a counter and some text.</summary>
public sealed class ProbeState
{
    public long Counter { get; set; }

    public string Phones { get; set; } = new('x', 400);
}
