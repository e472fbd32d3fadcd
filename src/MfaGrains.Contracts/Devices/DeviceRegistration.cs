namespace MfaGrains.Contracts.Devices;

/// <summary>
/// What a device grain keeps about its phone: owner and key. <paramref name="PushToken"/> is null since the token moved
/// into the owner's account; a registration stored before then still holds it, until the owner's grain has moved it.
/// </summary>
[GenerateSerializer, Immutable, Alias("mfa.DeviceRegistration")]
public sealed record DeviceRegistration(
    string UserId,
    DevicePublicKey PublicKey,
    DevicePlatform Platform,
    string? PushToken,
    string? DeviceName,
    string? AppVersion);
