namespace MfaGrains.Load.Reporting.Charts;

/// <summary>A line chart ready to draw: an id unique in the page, a title, both axes and the series.</summary>
public sealed record LineChart(string Id, string Title, ChartAxis X, ChartAxis Y, IReadOnlyList<ChartSeries> Series);
