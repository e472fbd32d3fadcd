using MfaGrains.Contracts.References;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Metrics;
using MfaGrains.Grains.Options;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Waiting;
using MfaGrains.Messaging.Sending;
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

        // The device grain never calls back into this one, so awaiting it here cannot close a cycle.
        var stored = await GrainFactory.Get<IDeviceGrain>(deviceId).SetPushToken(UserId, pushToken);
        return stored.Succeeded ? await SetReachability(deviceId, pushToken is not null) : stored;
    }

    public async Task ClearDeadPushToken(string deviceId, string pushToken)
    {
        if (await GrainFactory.Get<IDeviceGrain>(deviceId).ClearPushToken(UserId, pushToken))
        {
            await SetReachability(deviceId, hasPushToken: false);
        }
    }

    private async Task<MfaResult> SetReachability(string deviceId, bool hasPushToken)
    {
        if (Account.FindDevice(deviceId) is { } device && device.HasPushToken != hasPushToken)
        {
            device.HasPushToken = hasPushToken;
            await Save();
        }

        return MfaResult.Ok;
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
