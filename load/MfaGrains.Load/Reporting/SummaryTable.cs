using MfaGrains.Load.Engine;
using MfaGrains.Load.Stats;
using Spectre.Console;

namespace MfaGrains.Load.Reporting;

/// <summary>The final table in the terminal: end to end, then each step; then the errors by status and code.</summary>
public static class SummaryTable
{
    public static void Write(ScenarioResult result)
    {
        WriteSteps($"{result.Scenario}: {string.Join(", ", result.Phases.Select(Format.Phase))}", result.EndToEnd, result.Steps);
        var verdict = result.Failed ? "[red]FAILED[/]" : "[green]no failed iteration[/]";
        AnsiConsole.MarkupLine($"{verdict}  (warm-up: {result.WarmUp.Ok} ok, {result.WarmUp.Fail} failed; still running at the end: {result.StillRunning})");
    }

    /// <summary>The step table and, when anything failed, the error table.</summary>
    public static void WriteSteps(string title, StepStats endToEnd, IReadOnlyList<StepStats> steps)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumns("step", "count", "ok", "fail", "RPS", "p50 ms", "p90 ms", "p99 ms", "max ms");
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        AddRow(table, endToEnd, bold: true);
        foreach (var step in steps)
        {
            AddRow(table, step, bold: false);
        }

        AnsiConsole.Write(table);
        RefusalSummary.Write(endToEnd, steps);
        var errors = Errors(endToEnd, steps).ToList();
        if (errors.Count > 0)
        {
            var errorTable = new Table().Title("errors").AddColumns("step", "status", "code", "count", "example");
            foreach (var (step, error) in errors)
            {
                errorTable.AddRow(Markup.Escape(step), error.Key.StatusCode, Markup.Escape(error.Key.Code), error.Count.ToString(), Markup.Escape(error.Example ?? ""));
            }

            AnsiConsole.Write(errorTable);
        }
    }

    /// <summary>Every error of the run, end to end first, each with the step it belongs to.</summary>
    public static IEnumerable<(string Step, ErrorCount Error)> Errors(ScenarioResult result) => Errors(result.EndToEnd, result.Steps);

    private static IEnumerable<(string Step, ErrorCount Error)> Errors(StepStats endToEnd, IReadOnlyList<StepStats> steps) =>
        new[] { endToEnd }.Concat(steps).SelectMany(step => step.Errors.Select(error => (step.Name, error)));

    private static void AddRow(Table table, StepStats step, bool bold)
    {
        string Cell(string text) => bold ? $"[bold]{Markup.Escape(text)}[/]" : Markup.Escape(text);
        table.AddRow(
            Cell(bold ? step.Name + " (end to end)" : step.Name), Cell(step.Count.ToString()), Cell(step.Ok.ToString()),
            step.Fail > 0 ? $"[red]{step.Fail}[/]" : Cell("0"), Cell(Format.Rate(step.Rps)),
            Cell(Format.Ms(step.OkLatency.P50)), Cell(Format.Ms(step.OkLatency.P90)), Cell(Format.Ms(step.OkLatency.P99)), Cell(Format.Ms(step.OkLatency.Max)));
    }
}
