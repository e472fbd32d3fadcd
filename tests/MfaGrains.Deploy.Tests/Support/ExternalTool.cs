using System.Diagnostics;

namespace MfaGrains.Deploy.Tests.Support;

/// <summary>Runs a third-party command-line tool from the repository root, with a deadline, and returns its exit code and output.</summary>
internal static class ExternalTool
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>The tool's path, or a test failure that says how to install it (<c>.ci/run</c> installs it when missing).</summary>
    public static string Require(string name, string debianPackage) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists)
        ?? throw new Xunit.Sdk.XunitException(
            $"{name} is not installed. Install Debian's package (apt-get install -y {debianPackage}; .ci/run does this) and run the tests again.");

    public static Task<(int ExitCode, string Output)> RunAsync(string binary, params string[] arguments) =>
        RunAsync(binary, new Dictionary<string, string>(), arguments);

    /// <summary>Runs the tool with <paramref name="environment"/> added to this process's environment.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string binary, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(binary)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{Path.GetFileName(binary)} {string.Join(' ', arguments)} did not finish within {Limit.TotalSeconds} s.");
        }

        return (process.ExitCode, await errors + await output);
    }
}
