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
            using var targets = new TargetClients(settings.Common.Targets, settings.Common.MaxConnections);
            var scenario = build(parse, settings, targets).WithWarmUpDuration(settings.WarmUp).WithLoadSimulations(settings.Simulations());
            return await RunAsync(scenario, settings.Common, args, cancel);
        }));
        return command;
    }

    /// <summary>Runs a scenario whose warm-up and load shape are set, with the live view and the report.</summary>
    public static Task<int> RunAsync(Scenario scenario, CommonSettings settings, IReadOnlyList<string> args, CancellationToken cancel) =>
        LoadRunner.RegisterScenarios(scenario)
            .WithReportFolder(settings.ReportFolder)
            .WithReportNotes(ReportNotes.For(settings, args))
            .WithSettings(settings.Runner)
            .RunAsync(cancel);
}
