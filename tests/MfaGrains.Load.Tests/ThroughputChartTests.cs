using MfaGrains.Load.Engine;
using MfaGrains.Load.Reporting.Html;
using MfaGrains.Load.Tests.Support;

namespace MfaGrains.Load.Tests;

public sealed class ThroughputChartTests
{
    [Fact]
    public void The_target_line_follows_the_surge_plan_second_by_second()
    {
        var plan = new SurgePlan(2, 10, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        var result = ReportFixture.Result("surge", ["issue"], 11, LoadPlan.Resolve(plan.Simulations()));

        var target = ThroughputChart.For(result, "t").Series.Single(series => series.Name == "target arrivals / s");

        // Night 2, a ramp 2 → 10 over 4 s (mean rates 3, 5, 7, 9), hold 10, ramp 10 → 2 over 2 s (8, 4), then nothing.
        Assert.Equal([2, 2, 3, 5, 7, 9, 10, 10, 8, 4, 0], target.Points.Select(point => Math.Round(point.Y!.Value, 9)));
    }

    [Fact]
    public void Ok_and_failed_are_per_second_whatever_the_tick_length()
    {
        var result = ReportFixture.Result("signin", ["issue"], 3);
        var halfSecond = result with { Timeline = [.. result.Timeline.Select(point => point with { Length = TimeSpan.FromSeconds(0.5) })] };

        var chart = ThroughputChart.For(halfSecond, "t");

        Assert.Equal([20, 20, 20], chart.Series.Single(series => series.Name == "ok / s").Points.Select(point => point.Y!.Value));
        Assert.Equal([0, 2, 0], chart.Series.Single(series => series.Name == "failed / s").Points.Select(point => point.Y!.Value));
    }
}
