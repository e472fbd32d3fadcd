using MfaGrains.Api.Admission;
using MfaGrains.Api.Http;
using MfaGrains.Api.Endpoints;
using MfaGrains.Api.OpenApi;
using MfaGrains.Api.Portal;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Challenges;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Challenges;

/// <summary>The portal's sign-in challenge routes: issue, read (with long-poll), watch as server-sent events, cancel.</summary>
public static class ChallengeApi
{
    private const int MaxContextFieldLength = 512;

    public static RouteGroupBuilder MapChallengeApi(this RouteGroupBuilder users)
    {
        var challenges = users.MapGroup("/{userId}/challenges").WithTags("Challenges");
        challenges.MapPost("/", Create).WithName("CreateChallenge").RequireAdmission()
            .Produces<ChallengeCreatedResponse>(StatusCodes.Status201Created)
            .ProducesErrors(MfaErrorCode.Locked, MfaErrorCode.TooManyChallenges, MfaErrorCode.NoActiveDevice);
        challenges.MapGet("/{challengeId}", Get).WithName("GetChallenge")
            .Produces<ChallengeResponse>()
            .ProducesErrors(MfaErrorCode.ChallengeNotFound);
        challenges.MapGet("/{challengeId}/events", ChallengeEventStream.Stream).WithName("StreamChallengeEvents")
            .Produces<ChallengeResponse>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesErrors(MfaErrorCode.ChallengeNotFound);
        challenges.MapDelete("/{challengeId}", Cancel).WithName("CancelChallenge")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(MfaErrorCode.ChallengeNotFound, MfaErrorCode.ChallengeNotPending);
        return users;
    }

    private static async Task<IResult> Create(
        string userId, CreateChallengeRequest? body, HttpContext http, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        var context = body?.Context;
        if (new[] { context?.Application, context?.IpAddress, context?.Location, context?.UserAgent }.Any(v => v?.Length > MaxContextFieldLength))
        {
            return Problem.For(MfaErrorCode.ValidationFailed, $"Each context member must be at most {MaxContextFieldLength} characters.");
        }

        var challengeContext = new ChallengeContext(context?.Application ?? http.PortalClientName(), context?.IpAddress, context?.Location, context?.UserAgent);
        var result = await grains.User(userId).CreateSignInChallenge(challengeContext);
        return result.ToResult(clock, created => TypedResults.Created(
            $"/v1/users/{Uri.EscapeDataString(created.Challenge.UserId)}/challenges/{created.Challenge.ChallengeId}",
            ChallengeCreatedResponse.From(created)));
    }

    private static async Task<IResult> Get(
        string userId, string challengeId, int? waitSeconds, HttpContext http, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        if (!WaitSeconds.TryGet(waitSeconds, out var wait, out var problem))
        {
            return problem!;
        }

        var user = grains.User(userId);
        var result = wait > TimeSpan.Zero
            ? await user.WaitForResolution(challengeId, wait, http.RequestAborted)
            : await user.GetChallenge(challengeId);
        return result.ToResult(clock, view => TypedResults.Ok(ChallengeResponse.From(view)));
    }

    private static async Task<IResult> Cancel(string userId, string challengeId, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).CancelChallenge(challengeId)).ToResult(clock, TypedResults.NoContent);
}
