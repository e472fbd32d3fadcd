namespace MfaGrains.Api.Passcodes;

/// <summary>A new standalone TOTP authenticator: its id, its base32 seed and the Key URI an authenticator app scans.</summary>
public sealed record TotpCreatedResponse(string TotpId, string Secret, string OtpauthUri);

/// <summary>Body of <c>POST /v1/users/{userId}/totp/{totpId}/confirm</c>.</summary>
public sealed record ConfirmTotpRequest(string Code);

/// <summary>The app's TOTP parameters in the activation answer, fixed by the contract: SHA1, 6 digits, 30 s.</summary>
public sealed record DeviceTotpDto(string Secret, string Algorithm, int Digits, int Period);
