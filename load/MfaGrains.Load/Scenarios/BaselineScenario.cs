using System.Net;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;

namespace MfaGrains.Load.Scenarios;

/// <summary><c>baseline</c>: <c>GET /health/live</c>, plain Kestrel and routing with no grain or storage behind it,
/// so a figure measured beside it on the same noisy box can be read as a ratio.</summary>
public sealed class BaselineScenario(TargetClients targets)
{
    public const string Name = "baseline";

    public Scenario Build() => Scenario.Create(Name, RunAsync);

    private async Task<Response> RunAsync(ScenarioContext context)
    {
        var http = targets.Next();
        await Step.Run("live", context, async () =>
            await ApiCall.SendAsync(http, new HttpRequestMessage(HttpMethod.Get, "/health/live"), HttpStatusCode.OK, context.CancellationToken) as Response);
        return Response.Ok();
    }
}
