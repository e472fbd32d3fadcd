namespace MfaGrains.Contracts.Passcodes;

/// <summary>A new standalone TOTP authenticator with its base32 seed; the only answer that carries the seed in the clear.</summary>
[GenerateSerializer, Immutable, Alias("mfa.TotpCreated")]
public sealed record TotpCreated(string TotpId, string UserId, string Secret);
