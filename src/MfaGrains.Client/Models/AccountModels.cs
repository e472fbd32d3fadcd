namespace MfaGrains.Client;

/// <summary>One device of an account.</summary>
public sealed record AccountDevice(
    string DeviceId, string? DeviceName, DevicePlatform Platform, DeviceStatus Status, DateTimeOffset EnrolledAt, DateTimeOffset? LastSeenAt);

/// <summary>One third-party TOTP authenticator of an account (never its seed).</summary>
public sealed record AccountTotp(string TotpId, bool Confirmed, DateTimeOffset CreatedAt);

/// <summary>A user's account for the portal's administrators; <see cref="PhoneNumber"/> is masked.</summary>
public sealed record Account(
    string UserId,
    IReadOnlyList<AccountDevice> Devices,
    IReadOnlyList<AccountTotp> Totp,
    string? PhoneNumber,
    DateTimeOffset? PushLockedUntil,
    DateTimeOffset? PasscodeLockedUntil,
    DateTimeOffset? CoolDownUntil);
