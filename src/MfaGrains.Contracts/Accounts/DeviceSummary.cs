using MfaGrains.Contracts.Devices;

namespace MfaGrains.Contracts.Accounts;

/// <summary>One device in the account view.</summary>
[GenerateSerializer, Immutable, Alias("mfa.DeviceSummary")]
public sealed record DeviceSummary(
    string DeviceId,
    string? DeviceName,
    DevicePlatform Platform,
    DeviceStatus Status,
    DateTimeOffset EnrolledAt,
    DateTimeOffset? LastSeenAt);
