namespace MfaGrains.Contracts.Passcodes;

/// <summary>One standalone TOTP authenticator in the account view; never the seed.</summary>
[GenerateSerializer, Immutable, Alias("mfa.TotpSummary")]
public sealed record TotpSummary(string TotpId, bool Confirmed, DateTimeOffset CreatedAt);
