namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>A sign-in as the run made it, and for one that failed, what the late check found once the cluster had noticed the death.</summary>
internal sealed record TakenUp(SignInOutcome Outcome, LateVerdict? Verdict = null, SignInOutcome? Late = null);
