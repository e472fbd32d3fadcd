using System.CommandLine;
using MfaGrains.Load.Portal;
using MfaGrains.Load.Scenarios;

namespace MfaGrains.Load.Cli;

/// <summary><c>enrol</c>: a full QR enrolment of a new user per iteration.</summary>
public static class EnrolCommand
{
    public static Command Create(IReadOnlyList<string> args)
    {
        var portalKey = CliOptions.PortalKey();
        return ScenarioCommand.Create(
            EnrolScenario.Name, "Enrolment: start → activate a fresh key → test challenge → pending → approve, a new user each iteration", args,
            (parse, _, targets) => new EnrolScenario(targets, new PortalCalls(parse.GetRequiredValue(portalKey))).Build(),
            portalKey);
    }
}
