using MfaGrains.Load.Engine;
using MfaGrains.Load.Reporting.Charts;
using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Reporting.Html;

/// <summary>Plot (c): latency against percentile from the HdrHistograms, end to end and per step, on the nines scale.</summary>
public static class DistributionChart
{
    /// <summary>A point every twentieth of a nine: smooth enough, and a few dozen points a line.</summary>
    private const double NinesStep = 0.05;

    public static LineChart For(ScenarioResult result, string id)
    {
        var curves = new List<(string Name, string Colour, double Width, PercentileCurve Curve)>
        {
            ("end to end", Palette.EndToEnd, 2.5, result.Measured.EndToEnd.Curve(NinesStep)),
        };
        curves.AddRange(result.Measured.OrderedSteps().Select((step, index) => (step.Name, Palette.Step(index), 1.5, step.Curve(NinesStep))));

        var series = curves.Select(curve => new ChartSeries(
            curve.Name, curve.Colour, [.. curve.Curve.Points.Select(point => new ChartPoint(Nines.Of(point.Percentile), point.Ms))]) { Width = curve.Width }).ToList();
        var nines = Math.Max(1, (int)Math.Ceiling(curves.Max(curve => curve.Curve.LastNines) - 1e-9));
        var ticks = Enumerable.Range(0, nines + 1).Select(n => new AxisTick(n, Nines.Label(n))).Prepend(new AxisTick(Nines.Of(50), "50%")).OrderBy(tick => tick.Value).ToList();
        return new LineChart(
            id, "Latency distribution (ok iterations, whole run)", new ChartAxis("percentile", 0, nines, ticks), LatencyAxis.For(series), series);
    }
}
