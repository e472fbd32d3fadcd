using System.CommandLine;
using MfaGrains.Load.Http;
using MfaGrains.Load.Portal;
using MfaGrains.Load.Scenarios;
using MfaGrains.Load.Users;

namespace MfaGrains.Load.Cli;

/// <summary><c>surge</c>: the 07:00 shift change, the sign-in iteration under a night → ramp → peak → ramp-down arrival rate.</summary>
public static class SurgeCommand
{
    public const string Name = "surge";

    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command(Name, "The 07:00 shift change: sign-ins at a night rate, a ramp to the peak, a hold, a ramp back down (open model)");
        var surge = new SurgeOptions();
        surge.AddTo(command);
        var warmUp = CliOptions.Duration("--warmup", TimeSpan.Zero, "Load at the start of the plan before measuring, not counted in the figures");
        command.Add(warmUp);
        command.SetAction((parse, cancel) => CommandGuard.Run(async () =>
        {
            var settings = surge.Bind(parse);
            using var targets = new TargetClients(settings.Common.Targets, settings.Common.MaxConnections);
            var scenario = new SignInScenario(
                    targets, new PortalCalls(settings.PortalKey),
                    async context => (await UsersFile.LoadAsync(settings.UsersPath, context.CancellationToken)).Users,
                    settings.Plan.PeakRate, Name)
                .Build()
                .WithWarmUpDuration(parse.GetValue(warmUp))
                .WithLoadSimulations(settings.Plan.Simulations());
            return await ScenarioCommand.RunAsync(scenario, settings.Common, args, cancel);
        }));
        return command;
    }
}
