using System.CommandLine;
using MfaGrains.Load.Scenarios;

namespace MfaGrains.Load.Cli;

/// <summary><c>baseline</c>: <c>GET /health/live</c> with the same load options, the plain-Kestrel yardstick for ratios.</summary>
public static class BaselineCommand
{
    public static Command Create(IReadOnlyList<string> args) => ScenarioCommand.Create(
        BaselineScenario.Name, "Plain Kestrel yardstick: GET /health/live at the same rate, for ratios", args,
        (_, _, targets) => new BaselineScenario(targets).Build());
}
