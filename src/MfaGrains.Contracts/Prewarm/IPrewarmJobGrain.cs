namespace MfaGrains.Contracts.Prewarm;

/// <summary>One roster pre-warm job, keyed by its job id: activates the listed users' grains, spread over a window, at a time.</summary>
[Alias("mfa.IPrewarmJobGrain")]
public interface IPrewarmJobGrain : IGrainWithStringKey
{
    /// <summary>Records the job and schedules it (a persisted reminder), or starts it at once when it is due.</summary>
    [Alias("Schedule")]
    Task<PrewarmStatus> Schedule(PrewarmRequest request);

    /// <summary>The job's progress; null when no job has this id.</summary>
    [Alias("GetStatus")]
    Task<PrewarmStatus?> GetStatus();
}
