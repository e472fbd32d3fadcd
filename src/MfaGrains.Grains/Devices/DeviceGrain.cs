using MfaGrains.Contracts.References;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Options;
using MfaGrains.Push.Dispatch;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace MfaGrains.Grains.Devices;

/// <summary>One phone key's registration: its owner, public key, platform and push token.</summary>
[GrainType("device")]
public sealed partial class DeviceGrain(
    [PersistentState("device", StorageNames.Mfa)] IPersistentState<DeviceState> state,
    [FromKeyedServices(MfaClock.Key)] TimeProvider clock,
    IPushQueue pushes) : Grain, IDeviceGrain
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

    public async Task<MfaResult> SetPushToken(string userId, string? pushToken)
    {
        if (state.State.Registration is not { } registration || registration.UserId != userId)
        {
            return new MfaFailure(MfaErrorCode.DeviceNotFound, "This device is not registered.");
        }

        if (registration.PushToken != pushToken)
        {
            state.State.Registration = registration with { PushToken = pushToken };
            await state.WriteStateAsync();
        }

        return MfaResult.Ok;
    }

    public Task Push(PushRequest request)
    {
        if (state.State.Registration is not { PushToken: { } token } registration || registration.UserId != request.UserId)
        {
            return GrainFactory.Get<IUserGrain>(request.UserId).RecordDelivery(request.ChallengeId, DeviceId, DeliveryState.NoToken, null);
        }

        var provider = registration.Platform == DevicePlatform.Ios ? PushProvider.Apns : PushProvider.Fcm;
        pushes.Enqueue(new PushJob(provider, new PushMessage(token, request.ChallengeId, DeviceId, request.Application, request.ExpiresAt), request.UserId));
        return Task.CompletedTask;
    }

    public async Task<bool> ClearPushToken(string userId, string pushToken)
    {
        if (state.State.Registration is not { } registration || registration.UserId != userId || registration.PushToken != pushToken)
        {
            return false;
        }

        state.State.Registration = registration with { PushToken = null };
        await state.WriteStateAsync();
        return true;
    }

    public async Task Unregister(string userId)
    {
        if (state.State.Registration?.UserId == userId)
        {
            await state.ClearStateAsync();
        }
    }
}
