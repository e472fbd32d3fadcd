namespace MfaGrains.Contracts.Challenges;

/// <summary>Why a challenge was denied, expired or cancelled.</summary>
[GenerateSerializer, Alias("mfa.ChallengeReason")]
public enum ChallengeReason
{
    WrongNumber = 0,
    UserDenied = 1,
    ReportedFraud = 2,
    TimedOut = 3,
    Superseded = 4,
    CancelledByPortal = 5,
    DeviceRemoved = 6,
}
