namespace MfaGrains.Contracts.Passcodes;

/// <summary>The verdict on a passcode: which method and which secret accepted it, or nothing when it was refused.</summary>
/// <param name="Valid">Whether the code was accepted.</param>
/// <param name="Method">The method that accepted it; null when refused.</param>
/// <param name="DeviceId">The authenticator-app device whose seed matched, for <see cref="PasscodeMethod.Totp"/>.</param>
/// <param name="TotpId">The standalone TOTP authenticator whose seed matched, for <see cref="PasscodeMethod.Totp"/>.</param>
[GenerateSerializer, Immutable, Alias("mfa.PasscodeVerification")]
public sealed record PasscodeVerification(bool Valid, PasscodeMethod? Method, string? DeviceId, string? TotpId)
{
    public static readonly PasscodeVerification Refused = new(false, null, null, null);
}
