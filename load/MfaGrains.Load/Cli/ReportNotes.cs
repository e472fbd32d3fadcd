using System.Runtime.InteropServices;

namespace MfaGrains.Load.Cli;

/// <summary>The report header: the exact command (portal key blanked out), the targets and the machine.</summary>
public static class ReportNotes
{
    public static string[] For(RunSettings settings, IReadOnlyList<string> args) =>
    [
        $"command: `dotnet run -c Release --project load/MfaGrains.Load -- {string.Join(' ', Redacted(args))}`",
        $"targets: {string.Join(", ", settings.Targets)}",
        $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}",
    ];

    /// <summary>The arguments with the value of <c>--portal-key</c> replaced, so reports never carry a key.</summary>
    public static IEnumerable<string> Redacted(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--portal-key=", StringComparison.Ordinal))
            {
                yield return "--portal-key=***";
            }
            else if (i > 0 && args[i - 1] == "--portal-key")
            {
                yield return "***";
            }
            else
            {
                yield return args[i];
            }
        }
    }
}
