using MfaGrains.Load.Reporting;

namespace MfaGrains.Load.Engine;

/// <summary>NBomber's <c>NBomberRunner</c>: registers scenarios, runs them one after another with a live view, prints and writes the report.</summary>
public sealed record LoadRunner
{
    private LoadRunner(IReadOnlyList<Scenario> scenarios) => Scenarios = scenarios;

    public IReadOnlyList<Scenario> Scenarios { get; }

    public string? ReportFolder { get; private init; }

    /// <summary>Lines for the report's header: the command line, targets, anything needed to repeat the run.</summary>
    public IReadOnlyList<ReportNote> ReportNotes { get; private init; } = [];

    public RunnerSettings Settings { get; private init; } = new();

    public static LoadRunner RegisterScenarios(params Scenario[] scenarios) =>
        new(scenarios.Length > 0 ? scenarios : throw new ArgumentException("At least one scenario is needed.", nameof(scenarios)));

    public LoadRunner WithReportFolder(string? folder) => this with { ReportFolder = folder };

    public LoadRunner WithReportNotes(params ReportNote[] notes) => this with { ReportNotes = notes };

    public LoadRunner WithSettings(RunnerSettings settings) => this with { Settings = settings };

    /// <summary>Runs everything; the exit code is 0 when no iteration failed, 1 otherwise.</summary>
    public async Task<int> RunAsync(CancellationToken stop = default)
    {
        var console = new LiveConsole();
        var runner = new ScenarioRunner(console, Settings);
        var results = new List<ScenarioResult>();
        foreach (var scenario in Scenarios)
        {
            var result = await runner.RunAsync(scenario, stop);
            results.Add(result);
            SummaryTable.Write(result);
        }

        if (ReportFolder is not null)
        {
            var written = await ReportWriter.WriteAsync(ReportFolder, results, ReportNotes);
            console.Log($"report: {written}");
        }

        return results.Any(result => result.Failed) ? 1 : 0;
    }
}
