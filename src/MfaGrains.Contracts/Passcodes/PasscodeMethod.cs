namespace MfaGrains.Contracts.Passcodes;

/// <summary>What a verified passcode came from: an authenticator's time-based code, or a code sent by SMS or voice call.</summary>
[GenerateSerializer, Alias("mfa.PasscodeMethod")]
public enum PasscodeMethod
{
    Totp = 0,
    Sms = 1,
    Voice = 2,
}
