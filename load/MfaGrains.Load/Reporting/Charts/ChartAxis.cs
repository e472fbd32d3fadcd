namespace MfaGrains.Load.Reporting.Charts;

/// <summary>A chart axis: its title, the range it spans and the ticks it labels; linear unless <see cref="Logarithmic"/>.</summary>
public sealed record ChartAxis(string Title, double Min, double Max, IReadOnlyList<AxisTick> Ticks)
{
    private static readonly double[] RoundSteps = [1, 2, 5, 10];
    private static readonly double[] LogSteps = [1, 2, 5];

    public bool Logarithmic { get; init; }

    /// <summary>Where <paramref name="value"/> falls along the axis, 0 at <see cref="Min"/> and 1 at <see cref="Max"/>.</summary>
    public double Fraction(double value)
    {
        if (!Logarithmic)
        {
            return Max > Min ? (value - Min) / (Max - Min) : 0;
        }

        var low = Math.Log10(Min);
        return (Math.Log10(Math.Max(value, Min)) - low) / Math.Max(Math.Log10(Max) - low, 1e-9);
    }

    /// <summary>From 0 to the first round number at or above <paramref name="max"/>, with about <paramref name="count"/> round ticks (1, 2 or 5 × 10ⁿ apart).</summary>
    public static ChartAxis Linear(string title, double max, Func<double, string> label, int count = 6)
    {
        var top = max > 0 && double.IsFinite(max) ? max : 1;
        var rough = top / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = RoundSteps.Select(factor => factor * magnitude).First(candidate => candidate >= rough * (1 - 1e-9));
        var steps = (int)Math.Ceiling(top / step - 1e-9);
        var ticks = Enumerable.Range(0, steps + 1).Select(i => new AxisTick(i * step, label(i * step))).ToList();
        return new ChartAxis(title, 0, steps * step, ticks);
    }

    /// <summary>A log axis from the 1-2-5 step at or below <paramref name="min"/> to the one above <paramref name="max"/>, ticked at each step
    /// (at powers of ten only past four decades), so a tail a hundred times the median leaves the median readable.</summary>
    public static ChartAxis Log(string title, double min, double max, Func<double, string> label)
    {
        min = min > 0 && double.IsFinite(min) ? min : 1;
        max = Math.Max(double.IsFinite(max) ? max : min, min * 1.001);
        var steps = new List<double>();
        for (var decade = (int)Math.Floor(Math.Log10(min)); decade <= (int)Math.Ceiling(Math.Log10(max)); decade++)
        {
            steps.AddRange(LogSteps.Select(step => step * Math.Pow(10, decade)));
        }

        var low = steps.Last(step => step <= min * (1 + 1e-9));
        var high = steps.First(step => step >= max * (1 - 1e-9));
        var wide = Math.Log10(high / low) > 4;
        if (wide)
        {
            // Only powers of ten get a tick, so the ends must be powers of ten too, or they go unlabelled.
            (low, high) = (Math.Pow(10, Math.Floor(Math.Log10(low) + 1e-9)), Math.Pow(10, Math.Ceiling(Math.Log10(high) - 1e-9)));
        }

        var ticks = steps.Where(step => step >= low && step <= high && (!wide || IsPowerOfTen(step))).Select(step => new AxisTick(step, label(step))).ToList();
        return new ChartAxis(title, low, high, ticks) { Logarithmic = true };
    }

    private static bool IsPowerOfTen(double value) => Math.Abs(Math.Log10(value) - Math.Round(Math.Log10(value))) < 1e-9;
}

/// <summary>A labelled mark on an axis.</summary>
public readonly record struct AxisTick(double Value, string Label);
