using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Cli;

/// <summary>Where a run sends its load, where its report goes, and the runner's safety limits, as given on the command line.</summary>
public sealed record CommonSettings(IReadOnlyList<Uri> Targets, string? ReportFolder, int MaxConnections, long MaxInFlight)
{
    public RunnerSettings Runner => new() { MaxInFlight = MaxInFlight };
}
