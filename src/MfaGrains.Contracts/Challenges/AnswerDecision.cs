namespace MfaGrains.Contracts.Challenges;

/// <summary>What the person did on the phone.</summary>
[GenerateSerializer, Alias("mfa.AnswerDecision")]
public enum AnswerDecision
{
    Approve = 0,
    Deny = 1,
    Report = 2,
}
