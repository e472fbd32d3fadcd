namespace MfaGrains.Contracts.Challenges;

/// <summary>How a challenge reaches a device.</summary>
[GenerateSerializer, Alias("mfa.DeliveryChannel")]
public enum DeliveryChannel
{
    None = 0,
    Fcm = 1,
    Apns = 2,
}
