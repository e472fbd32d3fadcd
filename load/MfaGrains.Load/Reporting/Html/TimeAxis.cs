using System.Globalization;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Reporting.Charts;

namespace MfaGrains.Load.Reporting.Html;

/// <summary>The x axis of the time series: seconds since measuring began, up to the last tick of the timeline.</summary>
public static class TimeAxis
{
    public static ChartAxis For(ScenarioResult result) => ChartAxis.Linear(
        "seconds since measuring began",
        result.Timeline.Count > 0 ? result.Timeline[^1].At.TotalSeconds : result.Duration.TotalSeconds,
        seconds => seconds.ToString("0.#", CultureInfo.InvariantCulture),
        count: 10);

    /// <summary>Labels for a y axis of plain numbers (latency in ms, iterations per second).</summary>
    public static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);
}
