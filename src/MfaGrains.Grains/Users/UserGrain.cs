using MfaGrains.Contracts.References;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Metrics;
using MfaGrains.Grains.Options;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Waiting;
using MfaGrains.Messaging.Sending;
using MfaGrains.Push.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace MfaGrains.Grains.Users;

/// <summary>
/// One user's account. Commands settle expiries, apply the domain rules of <see cref="UserAccount"/>, persist once and
/// then hand on what changed (see <c>UserGrain.Changes.cs</c>); reads and waits never write.
/// </summary>
[GrainType("user")]
public sealed partial class UserGrain(
    [PersistentState("user", StorageNames.Mfa)] IPersistentState<UserState> state,
    MfaPolicy policy,
    SecretHasher hasher,
    SecretProtector protector,
    [FromKeyedServices(MfaClock.Key)] TimeProvider clock,
    IEnumerable<IPasscodeSender> passcodeSenders,
    MfaGrainsMetrics metrics,
    PendingChallenges pendingChallenges,
    IPushQueue pushes,
    ILogger<UserGrain> logger) : Grain, IUserGrain
{
    private readonly ChangeSignal _changes = new();

    private string UserId => this.GetPrimaryKeyString();

    private UserAccount Account => new(UserId, state.State, policy, hasher, protector, _events);

    public async Task<bool> IsDeviceLive(string deviceId)
    {
        await Committed();
        return Account.IsDeviceLive(deviceId, clock.GetUtcNow());
    }

    public Task<MfaResult<AccountView>> GetAccount()
    {
        if (!state.RecordExists)
        {
            return Task.FromResult<MfaResult<AccountView>>(UserNotFound());
        }

        var now = Settle();
        return Task.FromResult<MfaResult<AccountView>>(Account.ToAccountView(now));
    }

    public async Task<MfaResult> Unlock()
    {
        if (!state.RecordExists)
        {
            return UserNotFound();
        }

        Account.Unlock(Settle());
        await Save();
        return MfaResult.Ok;
    }

    public async Task<MfaResult> RemoveDevice(string deviceId)
    {
        var removed = Account.RemoveDevice(deviceId, Settle());
        if (!removed.Succeeded)
        {
            return removed.Failure!;
        }

        await Save();
        await GrainFactory.Get<IDeviceGrain>(deviceId).Unregister(UserId);
        return MfaResult.Ok;
    }

    public async Task<MfaResult> UpdatePushToken(string deviceId, string? pushToken)
    {
        if (!Account.IsDeviceLive(deviceId, Settle()))
        {
            return new MfaFailure(MfaErrorCode.DeviceNotFound, "This device is not registered.");
        }

        await StorePushToken(Account.FindDevice(deviceId)!, pushToken);
        return MfaResult.Ok;
    }

    public async Task ClearDeadPushToken(string deviceId, string pushToken)
    {
        // Only the token the provider refused: the phone may have sent a new one while that push was in flight.
        if (Account.FindDevice(deviceId) is { } device && PushTokenOf(device) == pushToken)
        {
            await StorePushToken(device, null);
        }
    }

    private async Task StorePushToken(DeviceRecord device, string? pushToken)
    {
        if (PushTokenOf(device) != pushToken)
        {
            device.SetPushToken(Seal(pushToken));
            await Save();
        }
    }

    private string? PushTokenOf(DeviceRecord device) =>
        device.SealedPushToken is { } sealedToken ? protector.Unprotect(SecretPurposes.PushToken, sealedToken) : null;

    private ProtectedSecret? Seal(string? pushToken) => pushToken is null ? null : protector.Protect(SecretPurposes.PushToken, pushToken);

    /// <summary>
    /// A state stored before push tokens moved into the account says a device has one that only its device grain holds.
    /// It is moved in memory and stored with the next write, so an activation writes nothing; the device grain keeps
    /// its copy until then. A device grain that cannot answer (on an older silo, during a rolling update) fails no
    /// activation: its phone gets challenges by pull until the next one tries again.
    /// </summary>
    private async Task MovePushTokensFromDevices()
    {
        foreach (var device in state.State.Devices)
        {
            if (device.NeedsPushTokenMoved)
            {
                try
                {
                    device.SetPushToken(Seal(await GrainFactory.Get<IDeviceGrain>(device.Id).GetStoredPushToken(UserId)));
                }
                catch (Exception exception)
                {
                    UserGrainLog.PushTokenNotMoved(logger, device.Id, exception);
                }
            }
        }
    }

    /// <summary>Records expiries due by now, in memory only (see <see cref="UserAccount.Settle"/>), and returns now.</summary>
    private DateTimeOffset Settle()
    {
        var now = clock.GetUtcNow();
        Account.Settle(now);
        return now;
    }

    private static MfaFailure UserNotFound() => new(MfaErrorCode.UserNotFound, "No such user.");
}
