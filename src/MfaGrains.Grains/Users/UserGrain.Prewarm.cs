using MfaGrains.Contracts.Prewarm;
using Orleans.Runtime;

namespace MfaGrains.Grains.Users;

/// <summary>Roster pre-warm: an existing user's grain stays active for the hold, with its active devices' grains; an unknown id creates nothing.</summary>
public sealed partial class UserGrain : IWarmableGrain
{
    public async Task<WarmOutcome> Warm(TimeSpan hold)
    {
        if (!state.RecordExists)
        {
            DeactivateOnIdle();
            return WarmOutcome.Unknown;
        }

        DelayDeactivation(hold);
        foreach (var device in Account.ActiveDevices)
        {
            await GrainFactory.GetGrain<IWarmableGrain>(GrainId.Create("device", device.Id)).Warm(hold);
        }

        return WarmOutcome.Warmed;
    }
}
