using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>Takes up a failed sign-in after the cluster has noticed the death: resolved, answerable, or lost.</summary>
internal sealed class LateCheck(ClusterClients clients, SignInFlow flow, AttemptLog log)
{
    private readonly OnceRetried _send = new(log);

    public async Task<(LateVerdict Verdict, SignInOutcome Outcome)> CheckAsync(SignInOutcome failed)
    {
        var retry = failed with { FailedStep = null, FailedWith = null };
        if (failed.ChallengeId is null)
        {
            var again = await flow.RunAsync(failed.User, failed.PortalApi);
            return (again.Succeeded ? LateVerdict.IssuedAgain : LateVerdict.Lost, again);
        }

        var path = $"{TestPortal.Users(failed.User.UserId)}/challenges/{failed.ChallengeId}";
        using var read = await _send.SendAsync("late-read", failed.PortalApi, () => clients.Portals[failed.PortalApi].Send(HttpMethod.Get, path));
        if (read?.StatusCode != HttpStatusCode.OK)
        {
            return (LateVerdict.Lost, failed with { FailedWith = $"late read: {(read is null ? "transport error" : (int)read.StatusCode)}" });
        }

        var status = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString();
        switch (status)
        {
            case "approved" or "denied":
                return (LateVerdict.Resolved, retry with { FinalStatus = status });
            case "pending":
                var continued = await flow.ContinueAsync(retry);
                return (continued.Succeeded ? LateVerdict.Answerable : LateVerdict.Lost, continued);
            default:
                return (LateVerdict.Lost, failed with { FinalStatus = status, FailedWith = $"late read: {status}" });
        }
    }
}
