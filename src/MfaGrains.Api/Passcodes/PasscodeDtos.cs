using MfaGrains.Contracts.Passcodes;

namespace MfaGrains.Api.Passcodes;

/// <summary>Body of <c>POST /v1/users/{userId}/passcodes/verify</c>.</summary>
public sealed record VerifyPasscodeRequest(string Code);

/// <summary>The verdict: valid with the method (and the device or authenticator) that accepted the code, or just not valid.</summary>
public sealed record PasscodeVerificationResponse(bool Valid, PasscodeMethod? Method = null, string? DeviceId = null, string? TotpId = null)
{
    public static PasscodeVerificationResponse From(PasscodeVerification verdict) =>
        new(verdict.Valid, verdict.Method, verdict.DeviceId, verdict.TotpId);
}

/// <summary>Body of <c>POST /v1/users/{userId}/passcodes</c>.</summary>
public sealed record SendPasscodeRequest(PhoneChannel Channel);

/// <summary>A code is on its way; the answer never carries it.</summary>
public sealed record PasscodeSentResponse(PhoneChannel Channel, DateTimeOffset ExpiresAt);

/// <summary>Body of <c>PUT /v1/users/{userId}/phone</c>.</summary>
public sealed record PhoneNumberRequest(string PhoneNumber);
