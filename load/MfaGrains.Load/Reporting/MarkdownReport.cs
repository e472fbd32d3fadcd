using System.Text;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Reporting;

/// <summary>The human-readable report: how the run was made, then per scenario the step table and the errors.</summary>
public static class MarkdownReport
{
    public static string Render(IReadOnlyList<ScenarioResult> results, IReadOnlyList<ReportNote> notes)
    {
        var md = new StringBuilder("# MfaGrains load report\n\n");
        foreach (var note in notes)
        {
            md.Append("- ").Append(note.Label).Append(": ").AppendLine(note.Verbatim ? $"`{note.Value}`" : note.Value);
        }

        foreach (var result in results)
        {
            md.Append("\n## ").AppendLine(result.Scenario).AppendLine();
            md.Append("- started: ").AppendLine(result.StartedAt.ToString("u"));
            md.Append("- load: ").AppendLine(string.Join("; then ", result.Phases.Select(Format.Phase)));
            md.Append("- warm-up: ").Append(result.WarmUp.Ok).Append(" ok, ").Append(result.WarmUp.Fail).AppendLine(" failed (not in the figures below)");
            md.Append("- verdict: ").AppendLine(result.Failed ? "**FAILED** (an iteration failed)" : "no failed iteration").AppendLine();
            md.AppendLine("| step | count | ok | fail | RPS | p50 ms | p90 ms | p99 ms | max ms |");
            md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            Row(md, "**end to end**", result.EndToEnd);
            foreach (var step in result.Steps)
            {
                Row(md, step.Name, step);
            }

            RefusalSummary.AppendMarkdown(md, result);

            var errors = SummaryTable.Errors(result).ToList();
            if (errors.Count > 0)
            {
                md.AppendLine().AppendLine("| step | status | code | count | example |").AppendLine("| --- | --- | --- | ---: | --- |");
                foreach (var (step, error) in errors)
                {
                    md.Append($"| {step} | {error.Key.StatusCode} | `{error.Key.Code}` | {error.Count} | {Cell(error.Example)} |\n");
                }
            }
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, string name, StepStats step)
    {
        var latency = step.OkLatency;
        md.Append($"| {name} | {step.Count} | {step.Ok} | {step.Fail} | {Format.Rate(step.Rps)} | {Format.Ms(latency.P50)} | {Format.Ms(latency.P90)} | {Format.Ms(latency.P99)} | {Format.Ms(latency.Max)} |\n");
    }

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|").ReplaceLineEndings(" ");
}
