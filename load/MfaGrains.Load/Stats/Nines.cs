namespace MfaGrains.Load.Stats;

/// <summary>The "nines" scale of latency percentiles: 0 is 0%, 1 is 90%, 2 is 99%, 3 is 99.9%, so the tail gets the room.</summary>
public static class Nines
{
    public static double Of(double percentile) => -Math.Log10(1 - Math.Clamp(percentile, 0, 100) / 100);

    public static double Percentile(double nines) => 100 * (1 - Math.Pow(10, -nines));

    /// <summary>The percentile of a whole number of nines as a label: 0%, 90%, 99%, 99.9%, 99.99%…</summary>
    public static string Label(int nines) => nines switch
    {
        <= 0 => "0%",
        1 => "90%",
        2 => "99%",
        _ => "99." + new string('9', nines - 2) + "%",
    };
}
