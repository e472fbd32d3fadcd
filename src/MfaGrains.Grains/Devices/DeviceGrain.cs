using MfaGrains.Contracts.References;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Options;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace MfaGrains.Grains.Devices;

/// <summary>
/// One phone key's registration: its owner and public key. The API caches what it looks up here for minutes and a
/// sign-in never calls it, so an idle activation is collected after two minutes rather than Orleans' default fifteen:
/// in a surge, active devices should not each hold an activation beside their user's.
/// </summary>
[GrainType("device")]
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class DeviceGrain(
    [PersistentState("device", StorageNames.Mfa)] IPersistentState<DeviceState> state,
    [FromKeyedServices(MfaClock.Key)] TimeProvider clock) : Grain, IDeviceGrain
{
    private string DeviceId => this.GetPrimaryKeyString();

    public Task<DeviceCredential?> GetCredential() => Task.FromResult(
        state.State.Registration is { } registration ? new DeviceCredential(registration.UserId, registration.PublicKey) : null);

    public async Task<MfaResult> Register(DeviceRegistration registration)
    {
        // The id is the key's thumbprint; a key stored under another id could never verify a request for it.
        if (!JwkThumbprint.IsThumbprintOf(DeviceId, registration.PublicKey.X, registration.PublicKey.Y))
        {
            return new MfaFailure(MfaErrorCode.InvalidSignature, "The key's thumbprint is not this device's id.");
        }

        if (state.State.Registration is { } current
            && await GrainFactory.Get<IUserGrain>(current.UserId).IsDeviceLive(DeviceId))
        {
            return new MfaFailure(MfaErrorCode.DeviceAlreadyRegistered, "This key is already registered as a device.");
        }

        state.State.Registration = registration;
        state.State.RegisteredAt = clock.GetUtcNow();
        await state.WriteStateAsync();
        return MfaResult.Ok;
    }

    public Task<string?> GetStoredPushToken(string userId) =>
        Task.FromResult(state.State.Registration is { } registration && registration.UserId == userId ? registration.PushToken : null);

    public async Task Unregister(string userId)
    {
        if (state.State.Registration?.UserId == userId)
        {
            await state.ClearStateAsync();
        }
    }
}
