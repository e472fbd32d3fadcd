namespace MfaGrains.Contracts.Challenges;

/// <summary>Where a challenge stands; every status but <see cref="Pending"/> is final.</summary>
[GenerateSerializer, Alias("mfa.ChallengeStatus")]
public enum ChallengeStatus
{
    Pending = 0,
    Approved = 1,
    Denied = 2,
    Expired = 3,
    Cancelled = 4,
}
