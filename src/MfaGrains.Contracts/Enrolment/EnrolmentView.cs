using MfaGrains.Contracts.Devices;

namespace MfaGrains.Contracts.Enrolment;

/// <summary>An enrolment as the portal reads it; never carries the activation code.</summary>
[GenerateSerializer, Immutable, Alias("mfa.EnrolmentView")]
public sealed record EnrolmentView(
    string EnrolmentId,
    string UserId,
    EnrolmentStatus Status,
    string? DeviceId,
    string? DeviceName,
    DevicePlatform? Platform,
    DateTimeOffset ExpiresAt);
