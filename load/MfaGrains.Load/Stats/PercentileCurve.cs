namespace MfaGrains.Load.Stats;

/// <summary>Latency against percentile for one histogram, sampled along the nines scale and ending at the maximum.</summary>
public sealed record PercentileCurve(long Count, IReadOnlyList<PercentilePoint> Points)
{
    public static readonly PercentileCurve Empty = new(0, []);

    /// <summary>The last percentile this curve's values can tell apart, in nines.</summary>
    public double LastNines => LastNinesOf(Count);

    /// <summary>The last percentile <paramref name="count"/> values can tell apart, in nines: log10 of the count (3 for 1,000 values).</summary>
    public static double LastNinesOf(long count) => count > 0 ? Math.Log10(count) : 0;
}

/// <summary>One point of a <see cref="PercentileCurve"/>: the percentile (0-100) and its latency in milliseconds.</summary>
public readonly record struct PercentilePoint(double Percentile, double Ms);
