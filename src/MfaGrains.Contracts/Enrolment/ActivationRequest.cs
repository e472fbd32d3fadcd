using MfaGrains.Contracts.Devices;

namespace MfaGrains.Contracts.Enrolment;

/// <summary>A phone's verified request to activate an enrolment with its new key.</summary>
[GenerateSerializer, Immutable, Alias("mfa.ActivationRequest")]
public sealed record ActivationRequest(
    string EnrolmentId,
    string ActivationCode,
    string DeviceId,
    DevicePublicKey PublicKey,
    DevicePlatform Platform,
    string? PushToken,
    string? DeviceName,
    string? AppVersion);
