using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Engine;

/// <summary>What one scenario run measured, plus the warm-up's totals (not measured, but its failures count).</summary>
public sealed record ScenarioResult(
    string Scenario,
    DateTimeOffset StartedAt,
    IReadOnlyList<LoadPhase> Phases,
    TimeSpan Duration,
    StepStats EndToEnd,
    IReadOnlyList<StepStats> Steps,
    IReadOnlyList<TimelinePoint> Timeline,
    StepStats WarmUp,
    long StillRunning,
    StatsCollector Measured)
{
    /// <summary>Any failed iteration, in warm-up or measurement, or one still running after the drain timeout.</summary>
    public bool Failed => EndToEnd.Fail > 0 || WarmUp.Fail > 0 || StillRunning > 0;
}
