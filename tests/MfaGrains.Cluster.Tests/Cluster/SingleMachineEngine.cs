using System.Diagnostics;
using System.Globalization;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// The single-machine default as a real process: <c>MfaGrains.Api</c> with its co-hosted silo on a SQLite file in
/// <paramref name="directory"/>, run from the Release build of <c>local-cluster.sh build</c> as that script runs its
/// processes, in Development (so <c>dev-portal-key</c> works). Address, ports and file stay the same across restarts.
/// </summary>
internal sealed class SingleMachineEngine(string directory) : IAsyncDisposable
{
    private static readonly TimeSpan BuildWithin = TimeSpan.FromMinutes(8); // a cold Release build on a busy 2-core box
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan KilledWithin = TimeSpan.FromSeconds(10);

    private readonly int _siloPort = FreePorts.Next();
    private readonly int _gatewayPort = FreePorts.Next();
    private Process? _process;
    private int _starts;

    public Uri Api { get; } = new($"http://127.0.0.1:{FreePorts.Next()}");

    private static string BuildDirectory => RepositoryRoot.Combine("src", "MfaGrains.Api", "bin", "Release", "net10.0");

    /// <summary>A new scratch folder named after <paramref name="test"/> (the engine's data and logs), with the engine built.</summary>
    public static async Task<string> PrepareAsync(string test)
    {
        var directory = Path.Combine(Path.GetTempPath(), "mfagrains-cluster-tests", test + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        await BuildAsync(directory);
        return directory;
    }

    /// <summary>Builds what the processes run, through the script; its output lands in <paramref name="logDirectory"/>.</summary>
    private static async Task BuildAsync(string logDirectory)
    {
        var result = await new ClusterScript(logDirectory, new Dictionary<string, string>()).RunAsync("build", BuildWithin);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"local-cluster.sh build exited with {result.ExitCode}:\n{result.Stderr}");
        }
    }

    /// <summary>Starts the process and returns once <c>/health/ready</c> answers 200; each start logs to its own file.</summary>
    public async Task StartAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The engine is already running.");
        }

        var log = Path.Combine(directory, $"engine-{++_starts}.log");
        // Output to a file, not a pipe to the test host: bash only redirects, then exec leaves the engine as this pid.
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "exec dotnet MfaGrains.Api.dll --urls \"$0\" >\"$1\" 2>&1 </dev/null", Api.GetLeftPart(UriPartial.Authority), log },
            WorkingDirectory = BuildDirectory,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Storage__ConnectionString"] = $"Data Source={Path.Combine(directory, "mfagrains.db")}",
                ["Orleans__SiloPort"] = _siloPort.ToString(CultureInfo.InvariantCulture),
                ["Orleans__GatewayPort"] = _gatewayPort.ToString(CultureInfo.InvariantCulture),
                ["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ",
            },
        };
        start.Environment.Remove("Storage__SqliteSynchronous"); // the shipped default is what is under test

        _process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        using var http = new HttpClient { BaseAddress = Api, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.Until(async () => await ReadinessAsync(http, log), status => status == 200, $"{Api}health/ready (log: {log})", ReadyWithin);
    }

    /// <summary>SIGKILL: no graceful shutdown, nothing flushed on the way out; returns once the process has ended.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The engine is not running.");
        _process = null;
        using (process)
        {
            await new ClusterProcess($"engine-{_starts}", process.Id).KillAsync(KilledWithin);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await KillAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>The status <c>/health/ready</c> answers, or 0 while nothing listens yet; a process that exited fails at once.</summary>
    private async Task<int> ReadinessAsync(HttpClient http, string log)
    {
        if (_process!.HasExited)
        {
            throw new InvalidOperationException($"The engine exited with {_process.ExitCode} before it was ready; its log is {log}.");
        }

        try
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }
}
