namespace MfaGrains.Contracts.Prewarm;

/// <summary>A grain that can be activated ahead of use and kept active for a while (user and device grains).</summary>
[Alias("mfa.IWarmableGrain")]
public interface IWarmableGrain : IGrainWithStringKey
{
    /// <summary>Loads the grain's state and keeps the activation for <paramref name="hold"/>; never creates anything.</summary>
    [Alias("Warm")]
    Task<WarmOutcome> Warm(TimeSpan hold);
}
