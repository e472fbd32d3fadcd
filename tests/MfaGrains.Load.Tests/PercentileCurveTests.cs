using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Tests;

public sealed class PercentileCurveTests
{
    [Fact]
    public void The_curve_climbs_from_the_fastest_to_the_slowest_value_along_the_nines()
    {
        var recorder = new LatencyRecorder();
        for (var ms = 1; ms <= 1000; ms++)
        {
            recorder.Record(TimeSpan.FromMilliseconds(ms));
        }

        recorder.Drain(out _);
        var curve = recorder.Curve(0.05);

        Assert.Equal(1000, curve.Count);
        Assert.Equal(3, curve.LastNines, 9);
        Assert.Equal(61, curve.Points.Count);
        Assert.Equal(1, curve.Points[0].Ms, 0.01);
        // Values 1…1000 ms, one each: the value at percentile p is about p × 10 ms (HdrHistogram keeps 3 significant digits).
        Assert.All(curve.Points, point => Assert.InRange(point.Ms, point.Percentile * 10 - 1, point.Percentile * 10 * 1.001 + 1));
        Assert.Equal(99.9, curve.Points[^1].Percentile, 9);
        Assert.InRange(curve.Points[^1].Ms, 1000, 1001);
        Assert.True(curve.Points.Zip(curve.Points.Skip(1)).All(pair => pair.First.Ms <= pair.Second.Ms && pair.First.Percentile < pair.Second.Percentile));
    }

    [Fact]
    public void Nothing_recorded_is_an_empty_curve()
    {
        Assert.Same(PercentileCurve.Empty, new LatencyRecorder().Curve(0.05));
    }
}
