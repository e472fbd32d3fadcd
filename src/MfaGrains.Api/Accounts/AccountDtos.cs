using MfaGrains.Contracts.Accounts;
using MfaGrains.Contracts.Devices;

namespace MfaGrains.Api.Accounts;

/// <summary>One device in the account view.</summary>
public sealed record AccountDeviceDto(
    string DeviceId, string? DeviceName, DevicePlatform Platform, DeviceStatus Status, DateTimeOffset EnrolledAt, DateTimeOffset? LastSeenAt);

/// <summary>A user's account for the portal's administrators.</summary>
public sealed record AccountResponse(
    string UserId,
    IReadOnlyList<AccountDeviceDto> Devices,
    DateTimeOffset? PushLockedUntil,
    DateTimeOffset? CoolDownUntil)
{
    public static AccountResponse From(AccountView view) => new(
        view.UserId,
        [.. view.Devices.Select(d => new AccountDeviceDto(d.DeviceId, d.DeviceName, d.Platform, d.Status, d.EnrolledAt, d.LastSeenAt))],
        view.PushLockedUntil,
        view.CoolDownUntil);
}
