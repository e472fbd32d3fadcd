namespace MfaGrains.Load.Reporting.Charts;

/// <summary>One line of a chart: its name in the legend, its colour and its points; a point without a value breaks the line.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<ChartPoint> Points)
{
    public double Width { get; init; } = 2;

    public bool Dashed { get; init; }
}

/// <summary>A point of a series; <see cref="Y"/> is null where there is nothing to show, such as a second without an ok iteration.</summary>
public readonly record struct ChartPoint(double X, double? Y);
