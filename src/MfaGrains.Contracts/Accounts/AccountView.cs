namespace MfaGrains.Contracts.Accounts;

/// <summary>A user's account as the portal's administrators read it.</summary>
[GenerateSerializer, Immutable, Alias("mfa.AccountView")]
public sealed record AccountView(
    string UserId,
    IReadOnlyList<DeviceSummary> Devices,
    DateTimeOffset? PushLockedUntil,
    DateTimeOffset? CoolDownUntil);
