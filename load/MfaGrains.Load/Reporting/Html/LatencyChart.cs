using MfaGrains.Load.Engine;
using MfaGrains.Load.Reporting.Charts;
using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Reporting.Html;

/// <summary>Plot (b): end-to-end p50, p99 and max of the ok iterations each second, and each step's p99 as a thinner line.</summary>
public static class LatencyChart
{
    public static LineChart For(ScenarioResult result, string id)
    {
        var timeline = result.Timeline;
        var series = new List<ChartSeries>
        {
            Line("end to end p50", Palette.P50, 2.5, timeline, point => point.EndToEnd, latency => latency.P50),
            Line("end to end p99", Palette.P99, 2.5, timeline, point => point.EndToEnd, latency => latency.P99),
            Line("end to end max", Palette.Max, 1.5, timeline, point => point.EndToEnd, latency => latency.Max),
        };

        foreach (var (step, index) in result.Steps.Select((step, index) => (step.Name, index)))
        {
            series.Add(Line($"{step} p99", Palette.Step(index), 1, timeline, point => point.Steps.FirstOrDefault(s => s.Name == step), latency => latency.P99) with
            {
                Dashed = true,
            });
        }

        return new LineChart(id, "Latency over time (ok iterations, each second)", TimeAxis.For(result), LatencyAxis.For(series), series);
    }

    /// <summary>One percentile of one step over time; a second without an ok iteration has no latency and breaks the line.</summary>
    private static ChartSeries Line(
        string name, string colour, double width, IReadOnlyList<TimelinePoint> timeline, Func<TimelinePoint, IntervalStats?> of, Func<LatencySummary, double> percentile) =>
        new(name, colour, [.. timeline.Select(point => new ChartPoint(point.At.TotalSeconds, of(point) is { Ok: > 0 } stats ? percentile(stats.Latency) : null))])
        {
            Width = width,
        };
}
