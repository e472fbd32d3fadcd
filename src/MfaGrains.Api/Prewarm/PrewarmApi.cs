using System.Buffers;
using System.Security.Cryptography;
using MfaGrains.Api.Http;
using MfaGrains.Api.OpenApi;
using MfaGrains.Api.Portal;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;
using MfaGrains.Contracts.Prewarm;
using MfaGrains.Grains.Options;

namespace MfaGrains.Api.Prewarm;

/// <summary>
/// Roster pre-warm (an addition to the contract, docs/api.md): the portal sends who starts at 07:00 and the engine has
/// their grains active before they arrive. Scheduling answers 202 with a job id; the job's progress is read back.
/// </summary>
public static class PrewarmApi
{
    /// <summary>Most user ids in one request.</summary>
    public const int MaxUserIds = 100_000;

    /// <summary>The longest window to spread one job over: four hours.</summary>
    public const int MaxSpreadSeconds = 4 * 60 * 60;

    /// <summary>When no spread is given: five minutes, so warming is never a surge of its own.</summary>
    public const int DefaultSpreadSeconds = 300;

    /// <summary>The body limit of this route only: 100,000 ids of ordinary length with room to spare (16 KiB elsewhere).</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    /// <summary>The tag that marks the engine's additions in the OpenAPI document.</summary>
    public const string AdditionsTag = "Additions";

    private const string JobIdPrefix = "pwj_";
    private static readonly TimeSpan LatestStart = TimeSpan.FromDays(7);
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static IEndpointRouteBuilder MapPrewarmApi(this IEndpointRouteBuilder app)
    {
        var prewarm = app.MapGroup("/v1/prewarm")
            .RequireAuthorization(PortalAuthentication.Policy)
            .WithTags(AdditionsTag)
            .ProducesErrors(MfaErrorCode.Unauthenticated);
        prewarm.MapPost("/", Schedule).WithName("SchedulePrewarm")
            .WithSummary("Addition: schedule a roster pre-warm")
            .WithMetadata(new RequestBodyLimitMetadata(MaxBodyBytes))
            .Produces<PrewarmJobResponse>(StatusCodes.Status202Accepted)
            .ProducesErrors(MfaErrorCode.ValidationFailed, MfaErrorCode.UnsupportedMediaType, MfaErrorCode.PayloadTooLarge);
        prewarm.MapGet("/{jobId}", Get).WithName("GetPrewarm")
            .WithSummary("Addition: a roster pre-warm's progress")
            .Produces<PrewarmJobResponse>()
            .ProducesErrors(MfaErrorCode.NotFound);
        return app;
    }

    private static async Task<IResult> Schedule(PrewarmRequestBody? body, IGrainFactory grains, [FromKeyedServices(MfaClock.Key)] TimeProvider clock)
    {
        if (body?.UserIds is not { Count: > 0 and <= MaxUserIds } raw)
        {
            return Problem.For(MfaErrorCode.ValidationFailed, $"userIds must list 1 to {MaxUserIds} user ids.");
        }

        var userIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Count; i++)
        {
            if (!UserIds.TryNormalize(raw[i], out var userId))
            {
                return Problem.For(MfaErrorCode.ValidationFailed, $"userIds[{i}] must be 1-{UserIds.MaxLength} characters with no control characters.");
            }

            userIds.Add(userId);
        }

        var spread = body.SpreadSeconds ?? DefaultSpreadSeconds;
        if (spread is < 0 or > MaxSpreadSeconds)
        {
            return Problem.For(MfaErrorCode.ValidationFailed, $"spreadSeconds must be from 0 to {MaxSpreadSeconds}.");
        }

        var now = clock.GetUtcNow();
        if (body.At > now + LatestStart)
        {
            return Problem.For(MfaErrorCode.ValidationFailed, $"at must be at most {LatestStart.TotalDays:0} days ahead.");
        }

        var jobId = JobIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var startAt = body.At > now ? body.At.Value : now;
        var status = await grains.GetGrain<IPrewarmJobGrain>(jobId).Schedule(new PrewarmRequest([.. userIds], startAt, spread));
        return TypedResults.Accepted($"/v1/prewarm/{jobId}", PrewarmJobResponse.From(status));
    }

    private static async Task<IResult> Get(string jobId, IGrainFactory grains)
    {
        // Only ids of the engine's own form reach a grain, so a guess never activates one.
        var wellFormed = jobId.Length == JobIdPrefix.Length + 32 && jobId.StartsWith(JobIdPrefix, StringComparison.Ordinal)
            && jobId.AsSpan(JobIdPrefix.Length).ContainsAnyExcept(LowerHex) is false;
        var status = wellFormed ? await grains.GetGrain<IPrewarmJobGrain>(jobId).GetStatus() : null;
        return status is null
            ? Problem.For(MfaErrorCode.NotFound, "No such pre-warm job.")
            : TypedResults.Ok(PrewarmJobResponse.From(status));
    }
}
