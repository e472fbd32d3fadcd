using MfaGrains.Api.Http;
using MfaGrains.Api.OpenApi;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Audit;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Audit;

/// <summary>The portal's read of a user's audit trail: challenges issued, delivered and resolved.</summary>
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

    private static async Task<IResult> Get(string userId, int? limit, IGrainFactory grains)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Problem.For(MfaErrorCode.ValidationFailed, $"limit must be an integer from 1 to {MaxLimit}.");
        }

        UserIds.TryNormalize(userId, out var id);
        var events = await grains.GetGrain<IAuditLogGrain>(id!).GetEvents(limit ?? DefaultLimit);
        return TypedResults.Ok(new AuditResponse(id!, [.. events.Select(AuditEventDto.From)]));
    }
}
