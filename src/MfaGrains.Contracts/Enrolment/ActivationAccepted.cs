namespace MfaGrains.Contracts.Enrolment;

/// <summary>The result of a successful activation.</summary>
[GenerateSerializer, Immutable, Alias("mfa.ActivationAccepted")]
public sealed record ActivationAccepted(string DeviceId, string UserId, string EnrolmentId);
