namespace MfaGrains.Contracts.Passcodes;

/// <summary>A one-time code was issued and handed to the sender of its channel; never carries the code.</summary>
[GenerateSerializer, Immutable, Alias("mfa.PasscodeSent")]
public sealed record PasscodeSent(PhoneChannel Channel, DateTimeOffset ExpiresAt);
