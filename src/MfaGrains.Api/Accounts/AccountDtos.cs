using System.Text.Json.Serialization;
using MfaGrains.Contracts.Accounts;
using MfaGrains.Contracts.Devices;

namespace MfaGrains.Api.Accounts;

/// <summary>One device in the account view; the contract lists every member, so unknown ones are sent as null.</summary>
public sealed record AccountDeviceDto(
    string DeviceId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DeviceName,
    DevicePlatform Platform,
    DeviceStatus Status,
    DateTimeOffset EnrolledAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? LastSeenAt);

/// <summary>One standalone TOTP authenticator in the account view; never its seed.</summary>
public sealed record AccountTotpDto(string TotpId, bool Confirmed, DateTimeOffset CreatedAt);

/// <summary>A user's account for the portal's administrators.</summary>
/// <param name="PhoneNumber">Masked: "+", the first two digits, the last four, • for the rest; null (sent, as the contract lists it) when none is set.</param>
public sealed record AccountResponse(
    string UserId,
    IReadOnlyList<AccountDeviceDto> Devices,
    IReadOnlyList<AccountTotpDto> Totp,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PhoneNumber,
    DateTimeOffset? PushLockedUntil,
    DateTimeOffset? PasscodeLockedUntil,
    DateTimeOffset? CoolDownUntil)
{
    public static AccountResponse From(AccountView view) => new(
        view.UserId,
        [.. view.Devices.Select(d => new AccountDeviceDto(d.DeviceId, d.DeviceName, d.Platform, d.Status, d.EnrolledAt, d.LastSeenAt))],
        [.. view.Totp.Select(t => new AccountTotpDto(t.TotpId, t.Confirmed, t.CreatedAt))],
        view.PhoneNumber,
        view.PushLockedUntil,
        view.PasscodeLockedUntil,
        view.CoolDownUntil);
}
