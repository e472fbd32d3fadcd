using HdrHistogram;

namespace MfaGrains.Load.Stats;

/// <summary>Latencies in microseconds on an HdrHistogram <see cref="Recorder"/>: lock-free writes, drained once a second into a running total.</summary>
public sealed class LatencyRecorder
{
    /// <summary>Two minutes: well past any request timeout, so nothing saturates.</summary>
    public const long HighestMicroseconds = 120_000_000;

    private readonly Recorder recorder = Factory().WithThreadSafeWrites().WithThreadSafeReads().Create();
    private readonly HistogramBase total = Factory().Create();
    private readonly Lock gate = new();
    private HistogramBase? recycled;

    public void Record(TimeSpan latency) =>
        recorder.RecordValue(Math.Clamp((long)latency.TotalMicroseconds, 1, HighestMicroseconds));

    /// <summary>Moves what was recorded since the last drain into the total and summarises that interval.</summary>
    public LatencySummary Drain(out long count)
    {
        lock (gate)
        {
            var interval = recorder.GetIntervalHistogram(recycled);
            total.Add(interval);
            recycled = interval;
            count = interval.TotalCount;
            return LatencySummary.From(interval);
        }
    }

    /// <summary>The summary of everything drained so far.</summary>
    public LatencySummary Total(out long count)
    {
        lock (gate)
        {
            count = total.TotalCount;
            return LatencySummary.From(total);
        }
    }

    /// <summary>The total's percentile distribution in HdrHistogram's text format (values in milliseconds).</summary>
    public void WriteDistribution(TextWriter writer)
    {
        lock (gate)
        {
            total.OutputPercentileDistribution(writer, outputValueUnitScalingRatio: 1000.0);
        }
    }

    /// <summary>The total's latency every <paramref name="ninesStep"/> along the nines scale, up to the last percentile the count
    /// can tell apart, where the curve ends at the maximum.</summary>
    public PercentileCurve Curve(double ninesStep)
    {
        lock (gate)
        {
            if (total.TotalCount == 0)
            {
                return PercentileCurve.Empty;
            }

            var lastNines = PercentileCurve.LastNinesOf(total.TotalCount);
            var points = new List<PercentilePoint>();
            for (var step = 0; step * ninesStep < lastNines; step++)
            {
                var percentile = Nines.Percentile(step * ninesStep);
                points.Add(new PercentilePoint(percentile, total.GetValueAtPercentile(percentile) / 1000.0));
            }

            points.Add(new PercentilePoint(Nines.Percentile(lastNines), total.GetMaxValue() / 1000.0));
            return new PercentileCurve(total.TotalCount, points);
        }
    }

    private static HistogramFactory Factory() =>
        HistogramFactory.With64BitBucketSize().WithValuesFrom(1).WithValuesUpTo(HighestMicroseconds).WithPrecisionOf(3);
}
