using MfaGrains.Api.Endpoints;
using MfaGrains.Api.Http;
using MfaGrains.Api.OpenApi;
using MfaGrains.Api.Passcodes;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Challenges;
using MfaGrains.Contracts.Devices;
using MfaGrains.Contracts.Enrolment;
using MfaGrains.Contracts.Errors;
using MfaGrains.Contracts.Passcodes;

namespace MfaGrains.Api.Devices;

/// <summary>The phone's routes, every one signed: activate, fetch pending challenges, answer, rotate the push token, leave.</summary>
public static class DeviceApi
{
    private const int MaxPushTokenLength = 4096;
    private const int MaxNameLength = 128;

    // Routes with a JSON body answer these the contract's way (docs/api.md, "Errors").
    private static readonly MfaErrorCode[] BodyErrors = [MfaErrorCode.ValidationFailed, MfaErrorCode.UnsupportedMediaType, MfaErrorCode.PayloadTooLarge];

    public static IEndpointRouteBuilder MapDeviceApi(this IEndpointRouteBuilder routes)
    {
        var devices = routes.MapGroup("/v1/devices").WithTags("Devices").RequireAuthorization(DeviceSignatureAuthentication.Policy);
        devices.MapPost("", Activate).WithName("ActivateDevice")
            .Accepts<ActivateDeviceRequest>("application/json")
            .Produces<DeviceActivatedResponse>(StatusCodes.Status201Created)
            .ProducesErrors([MfaErrorCode.InvalidSignature, MfaErrorCode.StaleSignature, MfaErrorCode.InvalidActivationCode,
                MfaErrorCode.DeviceAlreadyRegistered, MfaErrorCode.TooManyDevices, MfaErrorCode.TooManyAttempts, .. BodyErrors]);
        devices.MapGet("/{deviceId}/challenges", Pending).WithName("GetPendingChallenges")
            .Produces<IReadOnlyList<PendingChallengeResponse>>()
            .ProducesErrors(MfaErrorCode.InvalidSignature, MfaErrorCode.StaleSignature, MfaErrorCode.ValidationFailed);
        devices.MapPost("/{deviceId}/challenges/{challengeId}/answer", Answer).WithName("AnswerChallenge")
            .Produces<AnswerResponse>()
            .ProducesErrors([MfaErrorCode.InvalidSignature, MfaErrorCode.StaleSignature, MfaErrorCode.ChallengeNotFound,
                MfaErrorCode.ChallengeNotPending, .. BodyErrors]);
        devices.MapPut("/{deviceId}/push-token", UpdatePushToken).WithName("UpdatePushToken")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors([MfaErrorCode.InvalidSignature, MfaErrorCode.StaleSignature, .. BodyErrors]);
        devices.MapDelete("/{deviceId}", Remove).WithName("RemoveOwnDevice")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(MfaErrorCode.InvalidSignature, MfaErrorCode.StaleSignature);
        return routes;
    }

    private static async Task<IResult> Activate(
        HttpContext http, IGrainFactory grains, ActivationThrottle throttle, ActivationMetrics metrics,
        UnknownDevices unknown, DeviceKeyCache keys, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        // Authentication parsed the body to find the key it verified; that one reading is the request acted on.
        var body = ActivationKeyReader.Parsed(http);
        if (body.PushToken?.Length > MaxPushTokenLength || body.DeviceName?.Length > MaxNameLength || body.AppVersion?.Length > MaxNameLength)
        {
            metrics.ActivationAttempted(MfaErrorCode.ValidationFailed);
            return Problem.For(MfaErrorCode.ValidationFailed, $"pushToken is limited to {MaxPushTokenLength} characters, deviceName and appVersion to {MaxNameLength}.");
        }

        var (guess, retryAfter) = await throttle.ReserveAsync(ClientAddressBucket.For(http.Connection.RemoteIpAddress), http.RequestAborted);
        using var reserved = guess;
        if (guess is null)
        {
            metrics.ActivationAttempted(MfaErrorCode.TooManyAttempts);
            return Problem.For(MfaErrorCode.TooManyAttempts, "Too many wrong activation codes; try again later.", retryAfter);
        }

        // The silo hashes the code to find its enrolment; a code that cannot be one costs no grain call.
        var binding = body.ActivationCode is { Length: 9 } code && code.All(char.IsAsciiDigit)
            ? await grains.GetGrain<IActivationLookupGrain>(0).Find(code)
            : null;
        var deviceId = http.User.SigningDeviceId();
        var result = binding is null
            ? new MfaResult<ActivationAccepted>(default, new MfaFailure(MfaErrorCode.InvalidActivationCode))
            : await grains.User(binding.UserId).ActivateDevice(new ActivationRequest(
                binding.EnrolmentId, body.ActivationCode, deviceId, new DevicePublicKey(body.PublicKey.X, body.PublicKey.Y),
                body.Platform, body.PushToken, body.DeviceName, body.AppVersion));
        metrics.ActivationAttempted(result.Failure?.Code);
        if (result.Failure?.Code == MfaErrorCode.InvalidActivationCode)
        {
            guess.Spend();
            return Problem.For(MfaErrorCode.InvalidActivationCode, "The activation code is unknown, used, cancelled or expired.");
        }

        return result.ToResult(clock, accepted =>
        {
            unknown.Remove(accepted.DeviceId);
            keys.Forget(accepted.DeviceId);
            // The TOTP seed is in this body: no cache may keep it.
            http.Response.Headers.CacheControl = "no-store";
            var totp = new DeviceTotpDto(accepted.TotpSecret, TotpParameters.Algorithm, TotpParameters.Digits, TotpParameters.PeriodSeconds);
            return TypedResults.Created(
                $"/v1/devices/{accepted.DeviceId}", new DeviceActivatedResponse(accepted.DeviceId, accepted.UserId, accepted.EnrolmentId, totp));
        });
    }

    private static async Task<IResult> Pending(
        string deviceId, int? waitSeconds, HttpContext http, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        if (!WaitSeconds.TryGet(waitSeconds, out var wait, out var problem))
        {
            return problem!;
        }

        var pending = await grains.User(http.User.DeviceOwner()).GetPendingChallenges(deviceId, wait, http.RequestAborted);
        return pending.ToPhoneResult(http, clock, list => TypedResults.Ok(list.Select(PendingChallengeResponse.From).ToList()));
    }

    private static async Task<IResult> Answer(
        string deviceId, string challengeId, AnswerRequest body, HttpContext http, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        if (body.Decision == AnswerDecision.Approve && body.Number is null)
        {
            return Problem.For(MfaErrorCode.ValidationFailed, "number is required to approve.");
        }

        // Any string of digits is a number the person may have typed: a wrong one (however long) is wrongNumber, not 400.
        if (body.Number is { } number && (number.Length == 0 || !number.All(char.IsAsciiDigit)))
        {
            return Problem.For(MfaErrorCode.ValidationFailed, "number must be a string of digits.");
        }

        var answered = await grains.User(http.User.DeviceOwner()).AnswerChallenge(new ChallengeAnswer(deviceId, challengeId, body.Decision, body.Number));
        return answered.ToPhoneResult(http, clock, outcome => TypedResults.Ok(new AnswerResponse(outcome.ChallengeId, outcome.Status, outcome.Reason)));
    }

    private static async Task<IResult> UpdatePushToken(
        string deviceId, PushTokenRequest body, HttpContext http, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock)
    {
        if (body.PushToken is { Length: 0 or > MaxPushTokenLength })
        {
            return Problem.For(MfaErrorCode.ValidationFailed, $"pushToken must be null or 1-{MaxPushTokenLength} characters.");
        }

        return (await grains.User(http.User.DeviceOwner()).UpdatePushToken(deviceId, body.PushToken)).ToPhoneResult(http, clock, TypedResults.NoContent);
    }

    private static async Task<IResult> Remove(string deviceId, HttpContext http, IGrainFactory grains, [FromKeyedServices(ApiClock.Key)] TimeProvider clock) =>
        (await grains.User(http.User.DeviceOwner()).RemoveDevice(deviceId)).ToPhoneResult(http, clock, TypedResults.NoContent);
}
