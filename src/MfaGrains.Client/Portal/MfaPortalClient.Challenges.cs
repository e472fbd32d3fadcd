using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MfaGrains.Client.Http;
using MfaGrains.Client.Json;

namespace MfaGrains.Client;

/// <summary>Sign-in challenges: issue, read, wait for the outcome, follow it live, cancel.</summary>
public sealed partial class MfaPortalClient
{
    /// <summary><c>POST /v1/users/{userId}/challenges</c>: a push to every active device; show the person <see cref="IssuedChallenge.Number"/>.</summary>
    public Task<IssuedChallenge> CreateChallengeAsync(string userId, ChallengeContext? context = null, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Request(HttpMethod.Post, User(userId) + "/challenges", new CreateChallengeRequest(context), ClientJson.Default.CreateChallengeRequest),
            ClientJson.Default.IssuedChallenge, cancellationToken);

    /// <summary><c>GET …/challenges/{challengeId}</c>: the challenge as it stands now.</summary>
    public Task<Challenge> GetChallengeAsync(string userId, string challengeId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Get, Challenge(userId, challengeId)), ClientJson.Default.Challenge, cancellationToken);

    /// <summary>The long-poll (<c>?waitSeconds=N</c>): answers as soon as the challenge leaves <c>pending</c>, or as it stands
    /// after <paramref name="wait"/> (whole seconds, 0-30).</summary>
    public Task<Challenge> WaitForChallengeAsync(string userId, string challengeId, TimeSpan wait, CancellationToken cancellationToken = default) =>
        http.SendAsync(
            Request(HttpMethod.Get, Challenge(userId, challengeId) + "?waitSeconds=" + WaitSeconds.Format(wait)),
            ClientJson.Default.Challenge, cancellationToken);

    /// <summary>Long-polls until the challenge is resolved (it always is by its <c>expiresAt</c>, when it becomes <c>expired</c>).</summary>
    public async Task<Challenge> WaitForOutcomeAsync(string userId, string challengeId, CancellationToken cancellationToken = default)
    {
        var longest = TimeSpan.FromSeconds(WaitSeconds.Max);
        while (true)
        {
            var challenge = await WaitForChallengeAsync(userId, challengeId, longest, cancellationToken);
            if (challenge.IsResolved)
            {
                return challenge;
            }
        }
    }

    /// <summary><c>GET …/challenges/{challengeId}/events</c> (server-sent events): the challenge now, then on every change;
    /// the sequence ends after the resolved one.</summary>
    public async IAsyncEnumerable<Challenge> WatchChallengeAsync(
        string userId, string challengeId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var request = Request(HttpMethod.Get, Challenge(userId, challengeId) + "/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await http.EnsureSuccessAsync(response, cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var events = SseParser.Create(stream, (type, data) =>
            type == "status" ? JsonSerializer.Deserialize(data, ClientJson.Default.Challenge) : null);
        await foreach (var item in events.EnumerateAsync(cancellationToken))
        {
            if (item.Data is { } challenge)
            {
                yield return challenge;
                if (challenge.IsResolved)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary><c>DELETE …/challenges/{challengeId}</c>: cancels a pending challenge (<c>cancelledByPortal</c>).</summary>
    public Task CancelChallengeAsync(string userId, string challengeId, CancellationToken cancellationToken = default) =>
        http.SendAsync(Request(HttpMethod.Delete, Challenge(userId, challengeId)), cancellationToken);

    private static string Challenge(string userId, string challengeId) => User(userId) + "/challenges" + Segment(challengeId);
}
