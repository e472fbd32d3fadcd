using MfaGrains.Contracts.Passcodes;

namespace MfaGrains.Contracts.Accounts;

/// <summary>A user's account as the portal's administrators read it.</summary>
/// <param name="PhoneNumber">The phone number masked (e.g. <c>+44••••••0123</c>); the full number never leaves the user grain in a read.</param>
[GenerateSerializer, Immutable, Alias("mfa.AccountView")]
public sealed record AccountView(
    string UserId,
    IReadOnlyList<DeviceSummary> Devices,
    DateTimeOffset? PushLockedUntil,
    DateTimeOffset? CoolDownUntil,
    IReadOnlyList<TotpSummary> Totp,
    string? PhoneNumber,
    DateTimeOffset? PasscodeLockedUntil);
