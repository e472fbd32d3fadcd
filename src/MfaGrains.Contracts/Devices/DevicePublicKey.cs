namespace MfaGrains.Contracts.Devices;

/// <summary>A device's ECDSA P-256 public key as the base64url JWK coordinates; public, not a secret.</summary>
[GenerateSerializer, Immutable, Alias("mfa.DevicePublicKey")]
public sealed record DevicePublicKey(string X, string Y);
