using System.Net;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;

namespace MfaGrains.Load.Portal;

/// <summary>The portal's side of enrolment and sign-in, each call checked against the contract and returned as a <see cref="Response"/>.</summary>
public sealed class PortalCalls(PortalRequests requests)
{
    public async Task<Response<StartedEnrolment>> StartEnrolmentAsync(HttpClient http, string userId, CancellationToken cancellationToken)
    {
        var response = await ApiCall.SendAsync(http, requests.CreateEnrolment(userId), HttpStatusCode.Created, cancellationToken);
        return response.IsOk && ApiCall.Text(response.Payload, "enrolmentId") is { } enrolmentId && ApiCall.Text(response.Payload, "activationCode") is { } code
            ? Response.Ok(new StartedEnrolment(enrolmentId, code), response.StatusCode)
            : Malformed<StartedEnrolment>(response, "enrolmentId and activationCode");
    }

    public async Task<Response<IssuedChallenge>> CreateTestChallengeAsync(HttpClient http, string userId, string enrolmentId, CancellationToken cancellationToken) =>
        Challenge(await ApiCall.SendAsync(http, requests.CreateTestChallenge(userId, enrolmentId), HttpStatusCode.Created, cancellationToken));

    public async Task<Response<IssuedChallenge>> IssueChallengeAsync(HttpClient http, string userId, CancellationToken cancellationToken) =>
        Challenge(await ApiCall.SendAsync(http, requests.CreateChallenge(userId), HttpStatusCode.Created, cancellationToken));

    /// <summary>Reads the challenge by long-poll; ok only when its status is <paramref name="expectedStatus"/>.</summary>
    public async Task<Response> AwaitOutcomeAsync(
        HttpClient http, string userId, string challengeId, int waitSeconds, string expectedStatus, CancellationToken cancellationToken)
    {
        var response = await ApiCall.SendAsync(http, requests.ReadChallenge(userId, challengeId, waitSeconds), HttpStatusCode.OK, cancellationToken);
        if (!response.IsOk)
        {
            return response;
        }

        var status = ApiCall.Text(response.Payload, "status") ?? "missing";
        return status == expectedStatus
            ? Response.Ok(response.StatusCode)
            : Response.Fail(response.StatusCode, "outcome_" + status, $"expected {expectedStatus}, reason {ApiCall.Text(response.Payload, "reason") ?? "none"}");
    }

    private static Response<IssuedChallenge> Challenge(Response<System.Text.Json.JsonElement> response) =>
        response.IsOk && ApiCall.Text(response.Payload, "challengeId") is { } challengeId && ApiCall.Text(response.Payload, "number") is { } number
            ? Response.Ok(new IssuedChallenge(challengeId, number), response.StatusCode)
            : Malformed<IssuedChallenge>(response, "challengeId and number");

    private static Response<T> Malformed<T>(Response response, string members) =>
        response.IsOk ? Response.Fail<T>(response.StatusCode, "malformed_response", $"the body lacks {members}") : response.AsFail<T>();
}
