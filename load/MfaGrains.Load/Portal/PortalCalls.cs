using System.Collections.Concurrent;
using MfaGrains.Client;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;

namespace MfaGrains.Load.Portal;

/// <summary>The portal's side of enrolment and sign-in through <see cref="MfaPortalClient"/>, each call checked against the contract and returned as a <see cref="Response"/>.</summary>
public sealed class PortalCalls(string portalKey)
{
    private static readonly ChallengeContext Context = new("MfaGrains.Load", "127.0.0.1", UserAgent: "MfaGrains.Load");

    /// <summary>One client per target, made once.</summary>
    private readonly ConcurrentDictionary<HttpClient, MfaPortalClient> clients = new();

    public Task<Response<StartedEnrolment>> StartEnrolmentAsync(HttpClient http, string userId, CancellationToken cancellationToken) =>
        ClientCall.Run(For(http).StartEnrolmentAsync(userId, cancellationToken: cancellationToken), "201");

    public Task<Response<IssuedChallenge>> CreateTestChallengeAsync(HttpClient http, string userId, string enrolmentId, CancellationToken cancellationToken) =>
        ClientCall.Run(For(http).CreateTestChallengeAsync(userId, enrolmentId, cancellationToken), "201");

    public Task<Response<IssuedChallenge>> IssueChallengeAsync(HttpClient http, string userId, CancellationToken cancellationToken) =>
        ClientCall.Run(For(http).CreateChallengeAsync(userId, Context, cancellationToken), "201");

    /// <summary>Reads the challenge by long-poll; ok only when its status is <paramref name="expected"/>.</summary>
    public async Task<Response> AwaitOutcomeAsync(
        HttpClient http, string userId, string challengeId, int waitSeconds, ChallengeStatus expected, CancellationToken cancellationToken)
    {
        var response = await ClientCall.Run(For(http).WaitForChallengeAsync(userId, challengeId, TimeSpan.FromSeconds(waitSeconds), cancellationToken), "200");
        if (response.Payload is not { } challenge)
        {
            return response;
        }

        return challenge.Status == expected
            ? response
            : Response.Fail(response.StatusCode, "outcome_" + Names.Of(challenge.Status), $"expected {Names.Of(expected)}, reason {Names.Of(challenge.Reason)}");
    }

    private MfaPortalClient For(HttpClient http) => clients.GetOrAdd(http, static (target, key) => new MfaPortalClient(target, key), portalKey);
}
