using MfaGrains.Contracts.Devices;

namespace MfaGrains.Contracts.Enrolment;

/// <summary>A phone's activation as the API received it: the code it was given and the key that signed the request.</summary>
[GenerateSerializer, Immutable, Alias("mfa.DeviceActivation")]
public sealed record DeviceActivation(
    string ActivationCode,
    string DeviceId,
    DevicePublicKey PublicKey,
    DevicePlatform Platform,
    string? PushToken,
    string? DeviceName,
    string? AppVersion);
