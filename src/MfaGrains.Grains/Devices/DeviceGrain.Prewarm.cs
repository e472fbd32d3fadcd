using MfaGrains.Contracts.Prewarm;

namespace MfaGrains.Grains.Devices;

/// <summary>Roster pre-warm: the device's key lookup stays in memory for the hold; never calls back to its user.</summary>
public sealed partial class DeviceGrain : IWarmableGrain
{
    public Task<WarmOutcome> Warm(TimeSpan hold)
    {
        if (state.State.Registration is null)
        {
            DeactivateOnIdle();
            return Task.FromResult(WarmOutcome.Unknown);
        }

        DelayDeactivation(hold);
        return Task.FromResult(WarmOutcome.Warmed);
    }
}
