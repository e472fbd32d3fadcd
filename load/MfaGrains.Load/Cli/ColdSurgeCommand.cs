using System.CommandLine;
using MfaGrains.Load.Http;
using MfaGrains.Load.Portal;
using MfaGrains.Load.Reporting;
using MfaGrains.Load.Scenarios;
using MfaGrains.Load.Users;

namespace MfaGrains.Load.Cli;

/// <summary><c>cold-surge</c>: the surge against cold grains: restart the engine, wait until it is ready, sign each user in at most once.</summary>
public static class ColdSurgeCommand
{
    public const string Name = "cold-surge";

    public static Command Create(IReadOnlyList<string> args)
    {
        var command = new Command(Name, "The surge against cold grains: runs --restart, waits for /health/ready, then signs each seeded user in at most once");
        var surge = new SurgeOptions();
        surge.AddTo(command);
        var restart = new Option<string?>("--restart") { Description = "Shell command (run with /bin/sh -c) that restarts the engine before measuring; it must return once the new engine is starting" };
        var readyTimeout = CliOptions.Duration("--ready-timeout", TimeSpan.FromMinutes(2), "How long --restart, then every target's readiness, may each take");
        command.Add(restart);
        command.Add(readyTimeout);
        command.SetAction((parse, cancel) => CommandGuard.Run(async () =>
        {
            var settings = surge.Bind(parse);
            var users = (await UsersFile.LoadAsync(settings.UsersPath, cancel)).Users;
            SingleUseBudget.Ensure(users.Count, settings.Plan.Arrivals, settings.UsersPath);

            var console = new LiveConsole();
            var timeout = parse.GetValue(readyTimeout);
            if (parse.GetValue(restart) is { } shell)
            {
                console.Log($"{Name}: restarting the engine: {shell}");
                await EngineRestart.RunAsync(shell, timeout, cancel);
            }
            else
            {
                console.Log("warning: no --restart: the engine's grains may be warm from earlier runs, so this is a surge, not a cold one");
            }

            await WaitReadyAsync(settings.Common.Targets, timeout, console, cancel);

            // Made after the restart, so no pooled connection to the old process is reused.
            using var targets = new TargetClients(settings.Common.Targets, settings.Common.MaxConnections);
            var scenario = new SignInScenario(
                    targets, new PortalCalls(settings.PortalKey), _ => Task.FromResult(users), settings.Plan.PeakRate, Name, UserReuse.Once)
                .Build()
                .WithoutWarmUp()
                .WithLoadSimulations(settings.Plan.Simulations());
            return await ScenarioCommand.RunAsync(scenario, settings.Common, args, cancel);
        }));
        return command;
    }

    private static async Task WaitReadyAsync(IReadOnlyList<Uri> urls, TimeSpan timeout, LiveConsole console, CancellationToken cancel)
    {
        var clients = urls.Select(url => TargetClients.Create(url, 2, TimeSpan.FromSeconds(5))).ToList();
        try
        {
            console.Log($"{Name}: waiting up to {timeout.TotalSeconds:0.#} s for {ReadinessProbe.Path} on every target");
            var started = TimeProvider.System.GetTimestamp();
            await new ReadinessProbe(clients, TimeProvider.System, TimeSpan.FromMilliseconds(250)).WaitAsync(timeout, cancel);
            console.Log($"{Name}: every target ready after {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s");
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }
}
