using HdrHistogram;

namespace MfaGrains.Load.Stats;

/// <summary>Percentiles of one histogram, in milliseconds; all zero when nothing was recorded.</summary>
public sealed record LatencySummary(double P50, double P90, double P99, double Max, double Mean)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0);

    public static LatencySummary From(HistogramBase histogram) => histogram.TotalCount == 0
        ? Empty
        : new LatencySummary(
            Ms(histogram.GetValueAtPercentile(50)),
            Ms(histogram.GetValueAtPercentile(90)),
            Ms(histogram.GetValueAtPercentile(99)),
            Ms(histogram.GetMaxValue()),
            histogram.GetMean() / 1000.0);

    private static double Ms(long microseconds) => microseconds / 1000.0;
}
