using System.CommandLine;
using MfaGrains.Load.Http;
using MfaGrains.Load.Reporting;
using MfaGrains.Load.Users;
using Spectre.Console;

namespace MfaGrains.Load.Cli;

/// <summary><c>seed</c>: enrols N users fully and saves their phone keys to a users file for later runs.</summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var command = new Command("seed", "Enrol N users (enrolment → activation with a fresh P-256 key → test challenge → approve) and save their keys");
        var targets = CliOptions.Targets();
        var portalKey = CliOptions.PortalKey();
        var count = CliOptions.Positive("--users", 100, "How many users to enrol");
        var output = new Option<string>("--out") { Description = "Where to write the users file", DefaultValueFactory = _ => "users.json" };
        var concurrency = CliOptions.Positive("--concurrency", 16, "Enrolments in flight at once");
        var prefix = new Option<string?>("--prefix") { Description = "User id prefix (default: load-<time>-<random>), so repeated seeds never collide" };
        foreach (var option in new Option[] { targets, portalKey, count, output, concurrency, prefix })
        {
            command.Add(option);
        }

        command.SetAction((parse, cancel) => CommandGuard.Run(async () =>
        {
            var urls = parse.GetRequiredValue(targets);
            using var clients = new TargetClients(urls, 1024);
            var seeder = new Seeder(clients, parse.GetRequiredValue(portalKey), new LiveConsole().Log);
            var started = DateTime.UtcNow;
            IReadOnlyList<SeededUser> users;
            try
            {
                users = await seeder.SeedAsync(parse.GetValue(count), parse.GetValue(concurrency), parse.GetValue(prefix) ?? Seeder.NewPrefix(), cancel);
            }
            finally
            {
                var (endToEnd, steps) = seeder.Stats.Snapshot(DateTime.UtcNow - started);
                SummaryTable.WriteSteps($"seed: {parse.GetValue(count)} enrolments, {parse.GetValue(concurrency)} at a time", endToEnd, steps);
            }

            var path = parse.GetRequiredValue(output);
            await new UsersFile(urls[0].ToString(), DateTimeOffset.UtcNow, users).SaveAsync(path, cancel);
            AnsiConsole.MarkupLineInterpolated($"[green]{users.Count} users[/] written to {Path.GetFullPath(path)}");
            return 0;
        }));
        return command;
    }
}
