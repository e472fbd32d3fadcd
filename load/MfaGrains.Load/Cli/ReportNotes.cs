using System.Runtime.InteropServices;
using MfaGrains.Load.Reporting;

namespace MfaGrains.Load.Cli;

/// <summary>The report header: the exact command (portal key blanked out), the targets and the machine.</summary>
public static class ReportNotes
{
    public static ReportNote[] For(CommonSettings settings, IReadOnlyList<string> args) =>
    [
        new("command", $"dotnet run -c Release --project load/MfaGrains.Load -- {string.Join(' ', Redacted(args))}", Verbatim: true),
        new("targets", string.Join(", ", settings.Targets)),
        new("machine", $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}"),
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
