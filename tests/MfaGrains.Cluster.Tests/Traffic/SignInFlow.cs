using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>
/// One push sign-in across both instances: the portal issues on one, the phone fetches its pending list and approves
/// on the other, and the portal reads the outcome with <c>?waitSeconds</c> on the first. Each step may be retried once.
/// </summary>
internal sealed class SignInFlow(ClusterClients clients, AttemptLog log)
{
    private const int PendingWaitSeconds = 5;
    private const int OutcomeWaitSeconds = 10;

    private readonly OnceRetried _send = new(log);

    public async Task<SignInOutcome> RunAsync(EnrolledUser user, int portalApi)
    {
        var outcome = new SignInOutcome(user, portalApi, null, null, null, null, null, null, log.Clock.Elapsed);
        var portal = clients.Portals[portalApi];
        using var issued = await _send.SendAsync("issue", portalApi, () => portal.CreateChallenge(user.UserId));
        if (issued?.StatusCode != HttpStatusCode.Created)
        {
            return outcome with { FailedStep = "issue", FailedWith = await Describe(issued) };
        }

        var challenge = await Json(issued);
        outcome = outcome with { ChallengeId = challenge.GetProperty("challengeId").GetString(), Number = challenge.GetProperty("number").GetString() };
        return await ContinueAsync(outcome);
    }

    /// <summary>The phone's part and the portal's read, for a challenge already issued (also after the cluster noticed a death).</summary>
    public async Task<SignInOutcome> ContinueAsync(SignInOutcome outcome)
    {
        var phoneApi = ClusterClients.Other(outcome.PortalApi);
        var phone = outcome.User.Phone;
        using (var pending = await _send.SendAsync("pending", phoneApi, () => PhoneRoute.Via(clients.Apis[phoneApi], () => phone.GetPending(PendingWaitSeconds))))
        {
            if (pending?.StatusCode != HttpStatusCode.OK)
            {
                return outcome with { FailedStep = "pending", FailedWith = await Describe(pending) };
            }

            var listed = (await Json(pending)).EnumerateArray().Any(c => c.GetProperty("challengeId").GetString() == outcome.ChallengeId);
            if (!listed)
            {
                return outcome with { FailedStep = "pending", FailedWith = "200 without the challenge" };
            }
        }

        using (var answer = await _send.SendAsync(
            "answer", phoneApi, () => PhoneRoute.Via(clients.Apis[phoneApi], () => phone.Answer(outcome.ChallengeId!, "approve", outcome.Number))))
        {
            // A retried answer the first attempt already recorded is refused as not pending; the portal's read below tells.
            if (answer?.StatusCode == HttpStatusCode.OK)
            {
                outcome = outcome with { AnsweredStatus = (await Json(answer)).GetProperty("status").GetString() };
            }
            else if (answer?.StatusCode != HttpStatusCode.Conflict)
            {
                return outcome with { FailedStep = "answer", FailedWith = await Describe(answer) };
            }
        }

        return await ReadOutcomeAsync(outcome);
    }

    private async Task<SignInOutcome> ReadOutcomeAsync(SignInOutcome outcome)
    {
        var path = $"{TestPortal.Users(outcome.User.UserId)}/challenges/{outcome.ChallengeId}?waitSeconds={OutcomeWaitSeconds}";
        using var read = await _send.SendAsync("outcome", outcome.PortalApi, () => clients.Portals[outcome.PortalApi].Send(HttpMethod.Get, path));
        if (read?.StatusCode != HttpStatusCode.OK)
        {
            return outcome with { FailedStep = "outcome", FailedWith = await Describe(read) };
        }

        var status = (await Json(read)).GetProperty("status").GetString();
        return status == "approved" ? outcome with { FinalStatus = status } : outcome with { FinalStatus = status, FailedStep = "outcome", FailedWith = status };
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<string> Describe(HttpResponseMessage? response) =>
        response is null ? "transport error" : $"{(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}";

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
