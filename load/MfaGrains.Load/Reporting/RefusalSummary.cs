using System.Text;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Stats;
using Spectre.Console;

namespace MfaGrains.Load.Reporting;

/// <summary>Requests the engine's admission control refused (503, problem type <c>…/problems/overloaded</c>): how many and how fast, apart from failures.</summary>
public static class RefusalSummary
{
    public static void AppendMarkdown(StringBuilder md, ScenarioResult result)
    {
        var refused = Refused(result.EndToEnd, result.Steps).ToList();
        if (refused.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine($"Refused by admission control (`{Response.RefusedByAdmission}`, not failures):").AppendLine();
        md.AppendLine("| step | refused | p50 ms | p99 ms | max ms |").AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, count, latency) in refused)
        {
            md.Append($"| {name} | {count} | {Format.Ms(latency.P50)} | {Format.Ms(latency.P99)} | {Format.Ms(latency.Max)} |\n");
        }
    }

    public static void Write(StepStats endToEnd, IReadOnlyList<StepStats> steps)
    {
        var refused = Refused(endToEnd, steps).ToList();
        if (refused.Count == 0)
        {
            return;
        }

        var table = new Table().Title($"refused by admission control ({Response.RefusedByAdmission}, not failures)").AddColumns("step", "refused", "p50 ms", "p99 ms", "max ms");
        foreach (var (name, count, latency) in refused)
        {
            table.AddRow(Markup.Escape(name), count.ToString(), Format.Ms(latency.P50), Format.Ms(latency.P99), Format.Ms(latency.Max));
        }

        AnsiConsole.Write(table);
    }

    private static IEnumerable<(string Name, long Count, LatencySummary Latency)> Refused(StepStats endToEnd, IReadOnlyList<StepStats> steps) =>
        new[] { endToEnd }.Concat(steps)
            .Where(step => step.Refused > 0)
            .Select(step => (step == endToEnd ? "end to end" : step.Name, step.Refused, step.RefusedLatency ?? LatencySummary.Empty));
}
