namespace MfaGrains.Contracts.Passcodes;

/// <summary>The seed of a still unconfirmed standalone TOTP, for drawing its QR code.</summary>
[GenerateSerializer, Immutable, Alias("mfa.TotpEnrolmentSecret")]
public sealed record TotpEnrolmentSecret(string UserId, string Secret);
