namespace MfaGrains.Contracts.Challenges;

/// <summary>The delivery of one challenge to one device.</summary>
[GenerateSerializer, Immutable, Alias("mfa.Delivery")]
public sealed record Delivery(string DeviceId, DeliveryChannel Channel, DeliveryState State, string? Error);
