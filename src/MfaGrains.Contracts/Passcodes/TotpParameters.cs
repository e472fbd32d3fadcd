namespace MfaGrains.Contracts.Passcodes;

/// <summary>The RFC 6238 parameters the contract fixes for every TOTP seed: HMAC-SHA-1, 6 digits, 30-second steps.</summary>
public static class TotpParameters
{
    public const string Algorithm = "SHA1";
    public const int Digits = 6;
    public const int PeriodSeconds = 30;
}
