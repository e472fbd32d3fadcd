using System.Diagnostics;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// Runs <c>deploy/local-cluster.sh</c> with a deadline. Its output goes to files, not pipes: the silos and the build
/// servers it leaves behind would hold a pipe open long after the script has exited.
/// </summary>
internal sealed class ClusterScript(string logDirectory, IReadOnlyDictionary<string, string> environment)
{
    private int _runs;

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public async Task<Result> RunAsync(string command, TimeSpan within)
    {
        var run = Interlocked.Increment(ref _runs);
        var stdout = Path.Combine(logDirectory, $"{run:00}-{command}.out");
        var stderr = Path.Combine(logDirectory, $"{run:00}-{command}.err");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "exec \"$0\" \"$1\" >\"$2\" 2>\"$3\" </dev/null", RepositoryRoot.Combine("deploy", "local-cluster.sh"), command, stdout, stderr },
            WorkingDirectory = RepositoryRoot.Path,
            UseShellExecute = false,
        };

        // The test host runs under dotnet test, whose MSBuild variables would steer the script's own build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        using var deadline = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"local-cluster.sh {command} did not finish within {within}; its output is in {stdout} and {stderr}.");
        }

        return new Result(process.ExitCode, await File.ReadAllTextAsync(stdout), await File.ReadAllTextAsync(stderr));
    }
}
