namespace MfaGrains.Contracts.Enrolment;

/// <summary>Where an enrolment stands: activation → verification → completed, or expired / cancelled.</summary>
[GenerateSerializer, Alias("mfa.EnrolmentStatus")]
public enum EnrolmentStatus
{
    AwaitingActivation = 0,
    AwaitingVerification = 1,
    Completed = 2,
    Expired = 3,
    Cancelled = 4,
}
