namespace MfaGrains.Contracts.Enrolment;

/// <summary>Which user's enrolment a live activation code belongs to.</summary>
[GenerateSerializer, Immutable, Alias("mfa.ActivationCodeBinding")]
public sealed record ActivationCodeBinding(string UserId, string EnrolmentId, DateTimeOffset ExpiresAt);
