using MfaGrains.Load.Reporting.Charts;

namespace MfaGrains.Load.Tests;

public sealed class ChartAxisTests
{
    [Theory]
    [InlineData(23, 25, new[] { 0.0, 5, 10, 15, 20, 25 })]
    [InlineData(31.2, 40, new[] { 0.0, 10, 20, 30, 40 })]
    [InlineData(0, 1, new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })]
    public void A_linear_axis_ends_on_a_round_number_above_the_data(double max, double end, double[] ticks)
    {
        var axis = ChartAxis.Linear("y", max, value => value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(end, axis.Max, 9);
        Assert.Equal(ticks, axis.Ticks.Select(tick => Math.Round(tick.Value, 9)));
    }

    [Fact]
    public void A_log_axis_spans_the_data_in_1_2_5_steps()
    {
        var axis = ChartAxis.Log("ms", 3.7, 229, value => value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([2, 5, 10, 20, 50, 100, 200, 500], axis.Ticks.Select(tick => Math.Round(tick.Value, 9)));
        Assert.Equal(0, axis.Fraction(2), 9);
        Assert.Equal(1, axis.Fraction(500), 9);
        Assert.Equal(0.5, axis.Fraction(Math.Sqrt(2 * 500)), 9);
    }

    [Fact]
    public void A_log_axis_over_many_decades_ticks_only_the_powers_of_ten()
    {
        var axis = ChartAxis.Log("ms", 0.01, 2000, value => value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([0.01, 0.1, 1, 10, 100, 1000, 10000], axis.Ticks.Select(tick => Math.Round(tick.Value, 9)));
        Assert.Equal(0.01, axis.Min, 9);
        Assert.Equal(10000, axis.Max, 9);
    }

    [Fact]
    public void A_log_axis_over_one_value_still_has_a_span()
    {
        var axis = ChartAxis.Log("ms", 10, 10, value => value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(axis.Max > axis.Min);
        Assert.InRange(axis.Fraction(10), 0, 1);
    }
}
