namespace MfaGrains.Grains.Secrets;

/// <summary>Purpose labels that keep hashes and ciphertexts of different secrets apart.</summary>
public static class SecretPurposes
{
    public const string ActivationCode = "activation-code";
    public const string ChallengeNumber = "challenge-number";
    public const string TotpSeed = "totp-seed";
    public const string PhoneCode = "phone-code";
    public const string PhoneDestination = "phone-destination";
    public const string PushToken = "push-token";
}
