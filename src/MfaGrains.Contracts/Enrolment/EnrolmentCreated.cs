namespace MfaGrains.Contracts.Enrolment;

/// <summary>A new enrolment and the activation code the phone types or scans.</summary>
[GenerateSerializer, Immutable, Alias("mfa.EnrolmentCreated")]
public sealed record EnrolmentCreated(string EnrolmentId, string UserId, string ActivationCode, DateTimeOffset ExpiresAt);
