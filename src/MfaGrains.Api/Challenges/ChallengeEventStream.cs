using System.Text.Json;
using MfaGrains.Api.Endpoints;
using MfaGrains.Api.Http;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Accounts;
using MfaGrains.Contracts.Challenges;

namespace MfaGrains.Api.Challenges;

/// <summary>
/// <c>GET …/challenges/{id}/events</c>: one <c>status</c> event now and one per change, closed after the terminal one.
/// Each wait is a separate grain call, so the stream survives the grain moving between silos.
/// </summary>
public static class ChallengeEventStream
{
    private static readonly TimeSpan KeepAliveEvery = TimeSpan.FromSeconds(15);

    public static async Task<IResult> Stream(
        string userId, string challengeId, HttpContext http, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        var user = grains.User(userId);
        var first = await user.GetChallenge(challengeId);
        if (first.Value is not { } view)
        {
            return Problem.From(first.Failure!, clock.GetUtcNow());
        }

        var response = http.Response;
        var aborted = http.RequestAborted;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await Relay(user, challengeId, view, response, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The portal went away; nothing is left to tell it.
        }

        return Results.Empty;
    }

    private static async Task Relay(IUserGrain user, string challengeId, ChallengeView view, HttpResponse response, CancellationToken aborted)
    {
        await WriteStatus(response, view, aborted);
        while (view.Status == ChallengeStatus.Pending)
        {
            var next = await user.WaitForChange(challengeId, view.Revision, KeepAliveEvery, aborted);
            if (next.Value is not { } changed)
            {
                break;
            }

            if (changed.Revision == view.Revision)
            {
                await response.WriteAsync(": keep-alive\n\n", aborted);
                await response.Body.FlushAsync(aborted);
                continue;
            }

            view = changed;
            await WriteStatus(response, view, aborted);
        }
    }

    private static async Task WriteStatus(HttpResponse response, ChallengeView view, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(ChallengeResponse.From(view), MfaJson.Options);
        await response.WriteAsync($"event: status\ndata: {json}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
