using MfaGrains.Api.Http;
using MfaGrains.Api.Endpoints;
using MfaGrains.Api.OpenApi;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Passcodes;

/// <summary>The portal's passcode routes: verify a code, send one by SMS or voice, set the phone number.</summary>
public static class PasscodeApi
{
    // Longer than any code we issue; a longer "code" is just as malformed, so it is not worth carrying to the grain.
    private const int MaxCodeLength = 16;

    public static RouteGroupBuilder MapPasscodeApi(this RouteGroupBuilder users)
    {
        var user = users.MapGroup("/{userId}").WithTags("Passcodes");
        user.MapPost("/passcodes/verify", Verify).WithName("VerifyPasscode")
            .Produces<PasscodeVerificationResponse>()
            .ProducesErrors(MfaErrorCode.UserNotFound, MfaErrorCode.Locked);
        user.MapPost("/passcodes", Send).WithName("SendPasscode")
            .Produces<PasscodeSentResponse>(StatusCodes.Status202Accepted)
            .ProducesErrors(MfaErrorCode.Locked, MfaErrorCode.TooManyAttempts, MfaErrorCode.PhoneNumberMissing);
        user.MapPut("/phone", SetPhoneNumber).WithName("SetPhoneNumber")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(MfaErrorCode.InvalidPhoneNumber);
        return users;
    }

    private static async Task<IResult> Verify(
        string userId, VerifyPasscodeRequest body, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        var code = body.Code.Length <= MaxCodeLength ? body.Code : "";
        return (await grains.User(userId).VerifyPasscode(code)).ToResult(clock, verdict => TypedResults.Ok(PasscodeVerificationResponse.From(verdict)));
    }

    private static async Task<IResult> Send(
        string userId, SendPasscodeRequest body, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).SendPasscode(body.Channel))
            .ToResult(clock, sent => TypedResults.Accepted((string?)null, new PasscodeSentResponse(sent.Channel, sent.ExpiresAt)));

    private static async Task<IResult> SetPhoneNumber(
        string userId, PhoneNumberRequest body, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(userId).SetPhoneNumber(body.PhoneNumber)).ToResult(clock, TypedResults.NoContent);
}
