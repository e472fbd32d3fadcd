namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>What one sign-in came to.</summary>
/// <param name="ChallengeId">Null when issuing failed even after the retry.</param>
/// <param name="AnsweredStatus">The status the phone's answer returned with 200, or null when no answer got 200.</param>
/// <param name="FinalStatus">The status the portal read at the end, or null when the read failed.</param>
/// <param name="FailedStep">The step that failed after its retry (issue, pending, answer, outcome), or null.</param>
internal sealed record SignInOutcome(
    EnrolledUser User,
    int PortalApi,
    string? ChallengeId,
    string? Number,
    string? AnsweredStatus,
    string? FinalStatus,
    string? FailedStep,
    string? FailedWith,
    TimeSpan StartedAt)
{
    public bool Succeeded => FinalStatus == "approved";
}
