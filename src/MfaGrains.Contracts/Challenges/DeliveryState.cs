namespace MfaGrains.Contracts.Challenges;

/// <summary>How far the push of a challenge to one device got.</summary>
[GenerateSerializer, Alias("mfa.DeliveryState")]
public enum DeliveryState
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
    NoToken = 3,
}
