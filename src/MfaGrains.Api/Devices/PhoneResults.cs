using MfaGrains.Api.Endpoints;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Grain results as a phone sees them. A key whose device is gone (removed, or its enrolment expired unverified)
/// signs for nothing, so the phone hears <c>invalid_signature</c>, as for any key the engine does not hold, and this
/// instance forgets the device's credential.
/// </summary>
public static class PhoneResults
{
    public static IResult ToPhoneResult<T>(this MfaResult<T> result, HttpContext http, TimeProvider clock, Func<T, IResult> onSuccess) =>
        (IsGoneDevice(result.Failure, http) ? new MfaResult<T>(default, GoneDevice) : result).ToResult(clock, onSuccess);

    public static IResult ToPhoneResult(this MfaResult result, HttpContext http, TimeProvider clock, Func<IResult> onSuccess) =>
        (IsGoneDevice(result.Failure, http) ? new MfaResult(GoneDevice) : result).ToResult(clock, onSuccess);

    private static readonly MfaFailure GoneDevice = new(MfaErrorCode.InvalidSignature, "No device holds this key any more.");

    private static bool IsGoneDevice(MfaFailure? failure, HttpContext http)
    {
        if (failure?.Code != MfaErrorCode.DeviceNotFound)
        {
            return false;
        }

        http.RequestServices.GetRequiredService<DeviceKeyCache>().Forget(http.User.SigningDeviceId());
        return true;
    }
}
