using MfaGrains.Api.Http;
using MfaGrains.Api.Endpoints;
using MfaGrains.Api.OpenApi;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Accounts;

/// <summary>The portal's account administration routes: read the account, remove a device, unlock.</summary>
public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder users)
    {
        var account = users.MapGroup("/{userId}").WithTags("Accounts");
        account.MapGet("/", Get).WithName("GetAccount")
            .Produces<AccountResponse>()
            .ProducesErrors(MfaErrorCode.UserNotFound);
        account.MapDelete("/devices/{deviceId}", RemoveDevice).WithName("RemoveDevice")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(MfaErrorCode.DeviceNotFound);
        account.MapPost("/unlock", Unlock).WithName("UnlockAccount")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(MfaErrorCode.UserNotFound);
        return users;
    }

    private static async Task<IResult> Get(string userId, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).GetAccount()).ToResult(clock, view => TypedResults.Ok(AccountResponse.From(view)));

    private static async Task<IResult> RemoveDevice(string userId, string deviceId, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).RemoveDevice(deviceId)).ToResult(clock, TypedResults.NoContent);

    private static async Task<IResult> Unlock(string userId, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).Unlock()).ToResult(clock, TypedResults.NoContent);
}
