namespace MfaGrains.Contracts.Enrolment;

/// <summary>The result of a successful activation.</summary>
/// <param name="TotpSecret">The device's new base32 TOTP seed for offline codes; this answer is the only time it leaves the engine.</param>
[GenerateSerializer, Immutable, Alias("mfa.ActivationAccepted")]
public sealed record ActivationAccepted(string DeviceId, string UserId, string EnrolmentId, string TotpSecret);
