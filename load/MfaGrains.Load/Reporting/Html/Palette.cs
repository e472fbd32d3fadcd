namespace MfaGrains.Load.Reporting.Html;

/// <summary>The report's colours: fixed ones for what every run has, a cycle of distinct ones for the steps.</summary>
public static class Palette
{
    public const string Ok = "#2e7d32";
    public const string Failed = "#c62828";
    public const string Target = "#616161";
    public const string P50 = "#1565c0";
    public const string P99 = "#ef6c00";
    public const string Max = "#6a1b9a";
    public const string EndToEnd = "#212121";

    private static readonly string[] Steps = ["#00897b", "#d81b60", "#7cb342", "#5c6bc0", "#8d6e63", "#fbc02d", "#00acc1", "#f4511e"];

    public static string Step(int index) => Steps[index % Steps.Length];
}
