namespace MfaGrains.Contracts.Passcodes;

/// <summary>How a one-time code reaches the user's phone number.</summary>
[GenerateSerializer, Alias("mfa.PhoneChannel")]
public enum PhoneChannel
{
    Sms = 0,
    Voice = 1,
}
