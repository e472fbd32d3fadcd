namespace MfaGrains.Contracts.Prewarm;

/// <summary>Where a pre-warm job is.</summary>
[GenerateSerializer, Alias("mfa.PrewarmJobStatus")]
public enum PrewarmJobStatus
{
    Scheduled = 0,
    Running = 1,
    Completed = 2,
}
