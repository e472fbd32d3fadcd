namespace MfaGrains.Contracts.Devices;

/// <summary>What a device grain keeps about its phone: owner, key and how to reach it.</summary>
[GenerateSerializer, Immutable, Alias("mfa.DeviceRegistration")]
public sealed record DeviceRegistration(
    string UserId,
    DevicePublicKey PublicKey,
    DevicePlatform Platform,
    string? PushToken,
    string? DeviceName,
    string? AppVersion);
