using System.Diagnostics;
using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Compose;

/// <summary>docker-compose itself accepts the file: Debian's docker-compose 1.29 validates it without an engine.</summary>
public sealed class ComposeConfigTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Docker_compose_config_accepts_the_file()
    {
        var binary = FindOnPath("docker-compose")
            ?? throw new Xunit.Sdk.XunitException(
                "docker-compose is not installed, so docker-compose.yml cannot be validated. Install Debian's package " +
                "(apt-get install -y docker-compose; .ci/run does this) and run the tests again.");

        var start = new ProcessStartInfo(binary)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--file", ComposeFile.Path, "config", "--quiet" })
        {
            start.ArgumentList.Add(argument);
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
            throw new Xunit.Sdk.XunitException($"docker-compose config did not finish within {Limit.TotalSeconds} s.");
        }

        Assert.True(process.ExitCode == 0,
            $"docker-compose config rejected docker-compose.yml (exit {process.ExitCode}):\n{await errors}{await output}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
