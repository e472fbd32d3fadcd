using MfaGrains.Api.Endpoints;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Devices;

/// <summary>
/// Grain results as a phone sees them. A key whose device is gone (removed, or its enrolment expired unverified)
/// signs for nothing, so the phone hears <c>invalid_signature</c>, as for any key the engine does not hold.
/// </summary>
public static class PhoneResults
{
    public static IResult ToPhoneResult<T>(this MfaResult<T> result, TimeProvider clock, Func<T, IResult> onSuccess) =>
        (result.Failure?.Code == MfaErrorCode.DeviceNotFound ? new MfaResult<T>(default, GoneDevice) : result).ToResult(clock, onSuccess);

    public static IResult ToPhoneResult(this MfaResult result, TimeProvider clock, Func<IResult> onSuccess) =>
        (result.Failure?.Code == MfaErrorCode.DeviceNotFound ? new MfaResult(GoneDevice) : result).ToResult(clock, onSuccess);

    private static readonly MfaFailure GoneDevice = new(MfaErrorCode.InvalidSignature, "No device holds this key any more.");
}
