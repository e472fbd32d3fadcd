using System.Text;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Reporting.Charts;
using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Reporting.Html;

/// <summary><c>report.html</c>: one self-contained page (inline CSS and SVG, no script, nothing fetched) that is also well-formed XML.</summary>
public static class HtmlReport
{
    public static string Render(IReadOnlyList<ScenarioResult> results, IReadOnlyList<ReportNote> notes)
    {
        var html = new StringBuilder();
        var title = "MfaGrains load report: " + string.Join(", ", results.Select(result => result.Scenario));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append($"<title>{E(title)}</title>\n<style>\n{HtmlStyle.Css}\n</style>\n</head>\n<body>\n")
            .Append($"<h1>{E(title)}</h1>\n<dl class=\"facts\">\n");
        foreach (var note in notes)
        {
            Fact(html, note.Label, note.Verbatim ? $"<code>{E(note.Value)}</code>" : E(note.Value));
        }

        html.Append("</dl>\n");
        foreach (var (result, index) in results.Select((result, index) => (result, index)))
        {
            Scenario(html, result, $"s{index + 1}");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Scenario(StringBuilder html, ScenarioResult result, string id)
    {
        html.Append($"<section class=\"scenario\" id=\"{id}\">\n<h2>{E(result.Scenario)}</h2>\n<dl class=\"facts\">\n");
        Fact(html, "scenario", E(result.Scenario));
        Fact(html, "started", E(result.StartedAt.ToString("u")));
        Fact(html, "duration", E(Format.Seconds(result.Duration)) + " measured");
        Fact(html, "load", string.Join("<br />", result.Phases.Select(phase => E(Format.Phase(phase)))));
        Fact(html, "warm-up", $"{result.WarmUp.Ok} ok, {result.WarmUp.Fail} failed (not in the figures below)");
        Fact(html, "verdict", result.Failed ? "<span class=\"bad\">FAILED</span> (an iteration failed)" : "<span class=\"good\">no failed iteration</span>");
        html.Append("</dl>\n<h3>Summary</h3>\n<table class=\"summary\">\n<thead><tr><th>step</th>");
        foreach (var column in new[] { "count", "ok", "fail", "RPS", "p50 ms", "p90 ms", "p99 ms", "max ms" })
        {
            html.Append($"<th class=\"n\">{column}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        SummaryRow(html, "end to end", result.EndToEnd, "total");
        foreach (var step in result.Steps)
        {
            SummaryRow(html, step.Name, step, "step");
        }

        html.Append("</tbody>\n</table>\n<h3>Errors</h3>\n");
        Errors(html, result);
        foreach (var chart in new[] { ThroughputChart.For(result, id + "-throughput"), LatencyChart.For(result, id + "-latency"), DistributionChart.For(result, id + "-distribution") })
        {
            html.Append(SvgLineChart.Render(chart)).Append('\n');
        }

        html.Append("</section>\n");
    }

    private static void SummaryRow(StringBuilder html, string name, StepStats step, string kind)
    {
        var latency = step.OkLatency;
        html.Append($"<tr class=\"{kind}\"><td>{E(name)}</td><td class=\"n\">{step.Count}</td><td class=\"n\">{step.Ok}</td>")
            .Append($"<td class=\"n{(step.Fail > 0 ? " bad" : "")}\">{step.Fail}</td><td class=\"n\">{Format.Rate(step.Rps)}</td>")
            .Append($"<td class=\"n\">{Format.Ms(latency.P50)}</td><td class=\"n\">{Format.Ms(latency.P90)}</td>")
            .Append($"<td class=\"n\">{Format.Ms(latency.P99)}</td><td class=\"n\">{Format.Ms(latency.Max)}</td></tr>\n");
    }

    private static void Errors(StringBuilder html, ScenarioResult result)
    {
        var errors = SummaryTable.Errors(result).ToList();
        if (errors.Count == 0)
        {
            html.Append("<p>No errors.</p>\n");
            return;
        }

        html.Append("<table class=\"errors\">\n<thead><tr><th>step</th><th>HTTP status</th><th>problem code</th><th class=\"n\">count</th><th>example</th></tr></thead>\n<tbody>\n");
        foreach (var (step, error) in errors)
        {
            html.Append($"<tr><td>{E(step)}</td><td>{E(error.Key.StatusCode)}</td><td><code>{E(error.Key.Code)}</code></td>")
                .Append($"<td class=\"n\">{error.Count}</td><td>{E(error.Example)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>One row of a facts list; <paramref name="markup"/> is already escaped.</summary>
    private static void Fact(StringBuilder html, string label, string markup) => html.Append($"<dt>{E(label)}</dt><dd>{markup}</dd>\n");

    private static string E(string? text) => HtmlText.Escape(text);
}
