using System.CommandLine;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;
using MfaGrains.Load.Portal;
using MfaGrains.Load.Scenarios;
using MfaGrains.Load.Users;

namespace MfaGrains.Load.Cli;

/// <summary><c>signin</c>: the sign-in loop over seeded users, from <c>--users users.json</c> or seeded first with <c>--seed N</c>.</summary>
public static class SignInCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var portalKey = CliOptions.PortalKey();
        var users = new Option<string?>("--users") { Description = "users.json written by the seed command" };
        var seed = new Option<int?>("--seed") { Description = "Instead of --users: enrol this many users first, outside the measurement" };
        var seedConcurrency = CliOptions.Positive("--seed-concurrency", 16, "Enrolments in flight at once while seeding");

        return ScenarioCommand.Create(
            SignInScenario.Name, "Sign-in loop: portal issues → phone long-polls pending → approves with the number → portal long-polls the outcome", args,
            (parse, settings, targets) =>
            {
                var key = parse.GetRequiredValue(portalKey);
                return new SignInScenario(targets, new PortalCalls(key), UserSource(parse, targets, key), settings.PeakRate).Build();
            },
            portalKey, users, seed, seedConcurrency);

        Func<ScenarioInitContext, Task<IReadOnlyList<SeededUser>>> UserSource(ParseResult parse, TargetClients targets, string key)
        {
            var usersPath = parse.GetValue(users);
            var seedCount = parse.GetValue(seed);
            if ((usersPath is null) == (seedCount is null) || seedCount <= 0)
            {
                throw new ArgumentException("Give exactly one of --users <users.json> or --seed <N> (N ≥ 1).");
            }

            return usersPath is not null
                ? async context => (await UsersFile.LoadAsync(usersPath, context.CancellationToken)).Users
                : context => new Seeder(targets, key, context.Log).SeedAsync(seedCount!.Value, parse.GetValue(seedConcurrency), Seeder.NewPrefix(), context.CancellationToken);
        }
    }
}
