using MfaGrains.Load.Reporting.Charts;

namespace MfaGrains.Load.Reporting.Html;

/// <summary>The y axis of both latency plots: logarithmic, since one slow second or the far tail would flatten everything else on a linear one.</summary>
public static class LatencyAxis
{
    public static ChartAxis For(IEnumerable<ChartSeries> series)
    {
        var values = series.SelectMany(line => line.Points).Select(point => point.Y).OfType<double>().Where(value => value > 0).ToList();
        return ChartAxis.Log("latency (ms, log scale)", values.Count > 0 ? values.Min() : 1, values.Count > 0 ? values.Max() : 10, TimeAxis.Number);
    }
}
