using System.CommandLine;

namespace MfaGrains.Load.Cli;

/// <summary>The command line's table of contents: the scenarios, seeding and the phone simulator.</summary>
public static class LoadCommandLine
{
    public static RootCommand Create(IReadOnlyList<string> args)
    {
        var root = new RootCommand("MfaGrains load runner: NBomber-style scenarios over HTTP, a user seeder and a phone simulator");
        root.Add(SignInCommand.Create(args));
        root.Add(SurgeCommand.Create(args));
        root.Add(ColdSurgeCommand.Create(args));
        root.Add(EnrolCommand.Create(args));
        root.Add(BaselineCommand.Create(args));
        root.Add(SeedCommand.Create());
        root.Add(PhoneCommand.Create());
        return root;
    }
}
