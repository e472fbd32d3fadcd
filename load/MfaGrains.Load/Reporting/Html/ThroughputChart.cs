using MfaGrains.Load.Engine;
using MfaGrains.Load.Reporting.Charts;

namespace MfaGrains.Load.Reporting.Html;

/// <summary>Plot (a): ok and failed iterations ended per second, against the arrival rate the plan asked for when it is an open model.</summary>
public static class ThroughputChart
{
    public static LineChart For(ScenarioResult result, string id)
    {
        var timeline = result.Timeline;
        double PerSecond(long count, TimeSpan length) => count / Math.Max(length.TotalSeconds, 1e-9);
        var series = new List<ChartSeries>
        {
            new("ok / s", Palette.Ok, [.. timeline.Select(point => new ChartPoint(point.At.TotalSeconds, PerSecond(point.EndToEnd.Ok, point.Length)))]),
            new("failed / s", Palette.Failed, [.. timeline.Select(point => new ChartPoint(point.At.TotalSeconds, PerSecond(point.EndToEnd.Fail, point.Length)))]),
        };

        if (LoadPlan.ArrivalsBy(result.Phases, TimeSpan.Zero) is not null)
        {
            series.Add(new ChartSeries("target arrivals / s", Palette.Target, [.. timeline.Select(point => new ChartPoint(point.At.TotalSeconds, TargetRate(result.Phases, point.At, point.Length)))])
            {
                Dashed = true,
            });
        }

        var top = series.SelectMany(line => line.Points).Max(point => point.Y) ?? 0;
        return new LineChart(id, "Throughput: iterations ended per second", TimeAxis.For(result), ChartAxis.Linear("iterations per second", top, TimeAxis.Number), series);
    }

    /// <summary>The arrivals the plan scheduled within the tick, per second: the integral of its rate over the tick.</summary>
    private static double? TargetRate(IReadOnlyList<LoadPhase> phases, TimeSpan at, TimeSpan length) =>
        (LoadPlan.ArrivalsBy(phases, at) - LoadPlan.ArrivalsBy(phases, at - length)) / Math.Max(length.TotalSeconds, 1e-9);
}
