namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// The cluster <c>deploy/local-cluster.sh</c> starts: 3 silos and 2 API instances on loopback, on one PostgreSQL
/// database. Stops only what it started: a cluster someone else left running under <c>.cluster/</c> is left alone.
/// </summary>
internal sealed class LocalCluster(ClusterScript script, string logDirectory)
{
    private static readonly TimeSpan UpWithin = TimeSpan.FromMinutes(8); // includes the Release build on a cold machine
    private static readonly TimeSpan DownWithin = TimeSpan.FromMinutes(2);

    private bool _mayBeRunning;

    public IReadOnlyList<Uri> Apis { get; private set; } = [];

    public async Task UpAsync()
    {
        var running = Directory.Exists(ClusterProcess.StateDirectory)
            ? Directory.GetFiles(ClusterProcess.StateDirectory, "*.pid").Select(f => ClusterProcess.Read(Path.GetFileNameWithoutExtension(f))).Where(p => p.IsRunning).ToList()
            : [];
        if (running.Count > 0)
        {
            throw new InvalidOperationException(
                $"A local cluster is already running ({string.Join(", ", running.Select(p => p.Name))}); stop it with 'deploy/local-cluster.sh down' first.");
        }

        _mayBeRunning = true;
        var result = await script.RunAsync("up", UpWithin);
        if (result.ExitCode != 0)
        {
            if (result.Stderr.Contains("already running", StringComparison.Ordinal))
            {
                _mayBeRunning = false; // someone else's, started since the check above: not ours to stop
            }

            throw new InvalidOperationException($"local-cluster.sh up exited with {result.ExitCode}:\n{Tail(result.Stderr)}");
        }

        var urls = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(2).Select(u => new Uri(u)).ToList();
        if (urls.Count != 2 || urls.Any(u => u.Host != "127.0.0.1"))
        {
            throw new InvalidOperationException($"local-cluster.sh up did not end with two loopback API URLs:\n{result.Stdout}");
        }

        Apis = urls;
    }

    public async Task DownAsync()
    {
        if (!_mayBeRunning)
        {
            return;
        }

        var result = await script.RunAsync("down", DownWithin);
        KeepLogs();
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"local-cluster.sh down exited with {result.ExitCode}:\n{Tail(result.Stderr)}");
        }

        _mayBeRunning = false;
    }

    /// <summary>Copies the processes' logs aside: the next <c>up</c> starts them afresh.</summary>
    private void KeepLogs()
    {
        var kept = Path.Combine(logDirectory, $"logs-{DateTime.Now:HHmmss}");
        Directory.CreateDirectory(kept);
        foreach (var log in Directory.GetFiles(ClusterProcess.StateDirectory, "*.log"))
        {
            File.Copy(log, Path.Combine(kept, Path.GetFileName(log)), overwrite: true);
        }
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(40));
}
