using System.Globalization;
using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Reporting;

/// <summary>How numbers and phases are written in every report: invariant culture, milliseconds with two decimals.</summary>
public static class Format
{
    public static string Ms(double milliseconds) => milliseconds.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A time in seconds with two decimals, for CSV columns.</summary>
    public static string SecondsValue(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Rate(double perSecond) => perSecond.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";

    public static string Phase(LoadPhase phase) => phase switch
    {
        OpenPhase open when open.StartRate == open.EndRate => $"inject {Rate(open.EndRate)}/s for {Seconds(open.During)} (open model)",
        OpenPhase open => $"ramping inject {Rate(open.StartRate)} → {Rate(open.EndRate)}/s over {Seconds(open.During)} (open model)",
        ClosedPhase closed => $"keep constant {closed.Copies} copies for {Seconds(closed.During)} (closed model)",
        _ => phase.ToString(),
    };
}
