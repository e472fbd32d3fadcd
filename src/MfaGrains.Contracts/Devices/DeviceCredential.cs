namespace MfaGrains.Contracts.Devices;

/// <summary>What the API needs to verify a phone's signed request: the owner and the public key.</summary>
[GenerateSerializer, Immutable, Alias("mfa.DeviceCredential")]
public sealed record DeviceCredential(string UserId, DevicePublicKey PublicKey);
