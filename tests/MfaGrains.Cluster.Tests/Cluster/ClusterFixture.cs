using Xunit.Abstractions;
using Xunit.Sdk;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// A fresh database and a local cluster on it for one test class: a unique cluster id, the schema applied by the
/// script, and <c>down</c> plus a dropped database at the end whatever happened.
/// </summary>
public sealed class ClusterFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private LocalCluster? _cluster;

    internal ScratchDatabase Database { get; private set; } = null!;

    public string ClusterId { get; } = "cluster-tests-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Each script run's stdout/stderr and, after each <c>down</c>, the processes' logs: kept for a failure's reader.</summary>
    public string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), "mfagrains-cluster-tests", Guid.NewGuid().ToString("N"));

    public IReadOnlyList<Uri> Apis => _cluster!.Apis;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(LogDirectory);
        Database = await ScratchDatabase.CreateAsync();
        _cluster = new LocalCluster(new ClusterScript(LogDirectory, new Dictionary<string, string>
        {
            ["ConnectionStrings__mfa"] = Database.ConnectionString,
            ["MFAGRAINS_CLUSTER_ID"] = ClusterId,
            // The kill test signs each user in several times within minutes, retries included; the default allows 5 per 5 min.
            ["Mfa__Limits__SignInsPerWindow"] = "1000",
            // Times on the processes' log lines, to line them up with the test's report.
            ["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ",
        }), LogDirectory);
        try
        {
            await UpAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops every process and starts the cluster again on the same database and cluster id.</summary>
    public async Task RestartAsync()
    {
        await _cluster!.DownAsync();
        await UpAsync();
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_cluster is not null)
            {
                await _cluster.DownAsync();
            }
        }
        finally
        {
            if (Database is not null)
            {
                await Database.DisposeAsync();
                Database = null!;
            }
        }
    }

    /// <summary>Writes a line where <c>dotnet test</c> shows it for passing tests too (xUnit diagnostic messages are on).</summary>
    public void Report(string line) => diagnostics.OnMessage(new DiagnosticMessage(line));

    private async Task UpAsync()
    {
        await _cluster!.UpAsync();
        Report($"Local cluster {ClusterId} up on {Database.Name}: {string.Join(", ", Apis)}; script output in {LogDirectory}");
    }
}
