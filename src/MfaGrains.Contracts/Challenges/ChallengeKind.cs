namespace MfaGrains.Contracts.Challenges;

/// <summary>What a challenge is for.</summary>
[GenerateSerializer, Alias("mfa.ChallengeKind")]
public enum ChallengeKind
{
    SignIn = 0,
    EnrolmentTest = 1,
}
