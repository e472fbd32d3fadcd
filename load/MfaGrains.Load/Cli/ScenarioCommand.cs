using System.CommandLine;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;

namespace MfaGrains.Load.Cli;

/// <summary>The common shape of a scenario command: the run options, a scenario built over the targets, then the runner.</summary>
public static class ScenarioCommand
{
    /// <summary>A command taking the run options (and <paramref name="extra"/> ones) whose scenario comes from <paramref name="build"/>.</summary>
    public static Command Create(
        string name, string description, IReadOnlyList<string> args, Func<ParseResult, RunSettings, TargetClients, Scenario> build, params Option[] extra)
    {
        var command = new Command(name, description);
        var run = new RunOptions();
        run.AddTo(command);
        foreach (var option in extra)
        {
            command.Add(option);
        }

        command.SetAction((parse, cancel) => CommandGuard.Run(async () =>
        {
            var settings = run.Bind(parse);
            using var targets = new TargetClients(settings.Targets, settings.MaxConnections);
            return await RunAsync(build(parse, settings, targets), settings, args, cancel);
        }));
        return command;
    }

    /// <summary>Applies the warm-up and load shape of <paramref name="settings"/> and runs the scenario with the live view and report.</summary>
    public static Task<int> RunAsync(Scenario scenario, RunSettings settings, IReadOnlyList<string> args, CancellationToken cancel) =>
        LoadRunner.RegisterScenarios(scenario.WithWarmUpDuration(settings.WarmUp).WithLoadSimulations(settings.Simulations()))
            .WithReportFolder(settings.ReportFolder)
            .WithReportNotes(ReportNotes.For(settings, args))
            .WithSettings(settings.Runner)
            .RunAsync(cancel);
}
