using MfaGrains.Load.Engine;
using MfaGrains.Load.Reporting.Html;

namespace MfaGrains.Load.Reporting;

/// <summary>Writes a run's report folder: <c>report.html</c>, <c>report.md</c>, the CSV files and one HdrHistogram distribution per scenario.</summary>
public static class ReportWriter
{
    /// <summary>Writes every file and returns the folder's full path.</summary>
    public static async Task<string> WriteAsync(string folder, IReadOnlyList<ScenarioResult> results, IReadOnlyList<ReportNote> notes)
    {
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        await File.WriteAllTextAsync(Path.Combine(full, "report.html"), HtmlReport.Render(results, notes));
        await File.WriteAllTextAsync(Path.Combine(full, "report.md"), MarkdownReport.Render(results, notes));
        await File.WriteAllTextAsync(Path.Combine(full, "summary.csv"), CsvReport.Summary(results));
        await File.WriteAllTextAsync(Path.Combine(full, "errors.csv"), CsvReport.Errors(results));
        await File.WriteAllTextAsync(Path.Combine(full, "timeline.csv"), CsvReport.Timeline(results));
        foreach (var result in results)
        {
            await using var writer = File.CreateText(Path.Combine(full, $"latency-{result.Scenario}.hgrm"));
            result.Measured.EndToEnd.WriteDistribution(writer);
        }

        return full;
    }
}
