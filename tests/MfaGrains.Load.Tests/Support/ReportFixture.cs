using MfaGrains.Load.Engine;
using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Tests.Support;

/// <summary>Builds scenario results by hand: a chosen timeline, steps and errors, and real HdrHistograms behind the distribution.</summary>
public static class ReportFixture
{
    public static readonly IReadOnlyList<LoadPhase> SteadyTenPerSecond = [new OpenPhase(10, 10, TimeSpan.FromSeconds(5))];

    /// <summary>A run of <paramref name="seconds"/> one-second ticks over the given steps; <paramref name="silentSecond"/> (1-based) has no ok iteration.</summary>
    public static ScenarioResult Result(
        string scenario, IReadOnlyList<string> steps, int seconds, IReadOnlyList<LoadPhase>? phases = null, int? silentSecond = null, string errorExample = "example")
    {
        var stats = new StatsCollector(scenario);
        for (var i = 1; i <= 200; i++)
        {
            stats.EndToEnd.Record(Response.Ok(), TimeSpan.FromMilliseconds(i));
            foreach (var step in steps)
            {
                stats.Step(step).Record(Response.Ok(), TimeSpan.FromMilliseconds(i / 4.0));
            }
        }

        stats.EndToEnd.Record(Response.Fail("429", "too_many_challenges", errorExample), TimeSpan.FromMilliseconds(3));
        stats.Step(steps[0]).Record(Response.Fail("429", "too_many_challenges", errorExample), TimeSpan.FromMilliseconds(3));
        stats.Tick(0);
        var (endToEnd, stepStats) = stats.Snapshot(TimeSpan.FromSeconds(seconds));
        var timeline = Enumerable.Range(1, seconds).Select(second =>
        {
            var ok = second == silentSecond ? 0 : 10;
            var latency = ok > 0 ? new LatencySummary(5 + second, 8, 12 + second, 20 + second, 6) : LatencySummary.Empty;
            return new TimelinePoint(
                TimeSpan.FromSeconds(second), TimeSpan.FromSeconds(1), 0, new IntervalStats(scenario, ok, second == 2 ? 1 : 0, latency),
                [.. steps.Select(step => new IntervalStats(step, ok, 0, latency with { P99 = latency.P99 / 2 }))]);
        }).ToList();
        var warmUp = new StepStats(scenario, 0, 0, 0, 0, LatencySummary.Empty, LatencySummary.Empty, []);
        return new ScenarioResult(
            scenario, new DateTimeOffset(2026, 1, 2, 7, 0, 0, TimeSpan.Zero), phases ?? SteadyTenPerSecond, TimeSpan.FromSeconds(seconds),
            endToEnd, stepStats, timeline, warmUp, 0, stats);
    }
}
