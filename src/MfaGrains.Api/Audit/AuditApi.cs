using MfaGrains.Api.Http;
using MfaGrains.Api.OpenApi;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Audit;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Audit;

/// <summary>The portal's read of a user's audit trail, a page at a time: challenges, passcodes, enrolments, devices, locks.</summary>
public static class AuditApi
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder users)
    {
        // The contract has the OpenAPI document describe exactly its routes; this one is the engine's own (docs/api.md).
        users.MapGet("/{userId}/audit", Get).WithName("GetAuditTrail").ExcludeFromDescription();
        return users;
    }

    private static async Task<IResult> Get(string userId, int? limit, long? before, IGrainFactory grains)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problem.For(MfaErrorCode.ValidationFailed, $"limit must be an integer from 1 to {MaxLimit}.");
        }

        if (before is < 1)
        {
            return Problem.For(MfaErrorCode.ValidationFailed, "before must be a positive integer: the nextBefore of an earlier page.");
        }

        UserIds.TryNormalize(userId, out var id);
        var page = await grains.GetGrain<IAuditTrailGrain>(0).Read(id!, before, limit ?? DefaultLimit);
        return TypedResults.Ok(new AuditResponse(id!, [.. page.Entries.Select(AuditEventDto.From)], page.NextBefore));
    }
}
