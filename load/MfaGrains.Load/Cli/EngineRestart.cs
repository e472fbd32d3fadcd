using System.Diagnostics;

namespace MfaGrains.Load.Cli;

/// <summary>Runs <c>--restart</c>'s shell command through <c>/bin/sh -c</c> and waits, within a deadline, for it to exit 0.</summary>
public static class EngineRestart
{
    public static async Task RunAsync(string command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("--restart: /bin/sh did not start.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException($"--restart did not exit within {timeout.TotalSeconds:0.#} s (background the engine it starts): {command}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"--restart exited with {process.ExitCode}: {command}");
        }
    }
}
