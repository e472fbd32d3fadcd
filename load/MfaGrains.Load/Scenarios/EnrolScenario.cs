using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;
using MfaGrains.Load.Portal;
using MfaGrains.Load.Users;

namespace MfaGrains.Load.Scenarios;

/// <summary><c>enrol</c>: every iteration enrols a new user end to end (start → activate → test challenge → pending → approve).</summary>
public sealed class EnrolScenario(TargetClients targets, PortalCalls portal)
{
    public const string Name = "enrol";

    private readonly string prefix = Seeder.NewPrefix();

    public Scenario Build() => Scenario.Create(Name, RunAsync);

    private async Task<Response> RunAsync(ScenarioContext context)
    {
        await new EnrolmentFlow(portal).EnrolAsync(context, targets.Next(), Seeder.UserId(prefix, context.InvocationNumber));
        return Response.Ok();
    }
}
