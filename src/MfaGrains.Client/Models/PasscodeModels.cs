namespace MfaGrains.Client;

/// <summary>Body of <c>POST …/passcodes/verify</c> and <c>POST …/totp/{totpId}/confirm</c>.</summary>
public sealed record PasscodeRequest(string Code);

/// <summary>The verdict on a passcode: valid with the method (and the device or authenticator) that accepted it, or not valid.</summary>
public sealed record PasscodeVerification(bool Valid, PasscodeMethod? Method = null, string? DeviceId = null, string? TotpId = null);

/// <summary>Body of <c>POST /v1/users/{userId}/passcodes</c>.</summary>
public sealed record SendPasscodeRequest(PasscodeChannel Channel);

/// <summary>A passcode is on its way; the answer never carries it.</summary>
public sealed record SentPasscode(PasscodeChannel Channel, DateTimeOffset ExpiresAt);

/// <summary>Body of <c>PUT /v1/users/{userId}/phone</c>: an E.164 number.</summary>
public sealed record PhoneNumberRequest(string PhoneNumber);

/// <summary>A new third-party TOTP authenticator: its id, its base32 seed and the Key URI an authenticator app scans.</summary>
public sealed record CreatedTotp(string TotpId, string Secret, string OtpauthUri);
