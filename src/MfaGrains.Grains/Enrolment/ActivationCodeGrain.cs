using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Options;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace MfaGrains.Grains.Enrolment;

/// <summary>Looks up the enrolment of an activation code; keyed by the code's keyed hash, so storage never holds the code.</summary>
[GrainType("activation-code")]
public sealed class ActivationCodeGrain(
    [PersistentState("activationCode", StorageNames.Mfa)] IPersistentState<ActivationCodeState> state,
    [FromKeyedServices(MfaClock.Key)] TimeProvider clock) : Grain, IActivationCodeGrain
{
    public async Task<bool> TryReserve(ActivationCodeBinding binding)
    {
        if (Live() is not null)
        {
            return false;
        }

        state.State.Binding = binding;
        await state.WriteStateAsync();
        return true;
    }

    public Task<ActivationCodeBinding?> Resolve() => Task.FromResult(Live());

    public async Task Release(string enrolmentId)
    {
        if (state.State.Binding?.EnrolmentId == enrolmentId)
        {
            await state.ClearStateAsync();
        }
    }

    private ActivationCodeBinding? Live() =>
        state.State.Binding is { } binding && binding.ExpiresAt > clock.GetUtcNow() ? binding : null;
}
