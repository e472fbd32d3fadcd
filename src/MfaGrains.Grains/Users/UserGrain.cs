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
/// then wake waiters; reads and waits never write.
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

    private UserAccount Account => new(UserId, state.State, policy, hasher, protector);

    public Task<bool> IsDeviceLive(string deviceId) => Task.FromResult(Account.IsDeviceLive(deviceId, clock.GetUtcNow()));

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

        Settle();
        Account.Unlock();
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
        await GrainFactory.GetGrain<IDeviceGrain>(deviceId).Unregister(UserId);
        return MfaResult.Ok;
    }

    public async Task<MfaResult> SetDeviceReachability(string deviceId, bool hasPushToken)
    {
        Settle();
        if (Account.FindDevice(deviceId) is not { } device)
        {
            return new MfaFailure(MfaErrorCode.DeviceNotFound, "This device is not registered.");
        }

        device.HasPushToken = hasPushToken;
        await Save();
        return MfaResult.Ok;
    }

    /// <summary>Records expiries due by now, in memory only (see <see cref="UserAccount.Settle"/>), and returns now.</summary>
    private DateTimeOffset Settle()
    {
        var now = clock.GetUtcNow();
        Account.Settle(now);
        return now;
    }

    /// <summary>Persists the state, then wakes waiters. A failed write leaves memory ahead of storage, so the activation is dropped and reloads.</summary>
    private async Task Save()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            _storageBehind = true;
            DeactivateOnIdle();
            throw;
        }

        _changes.Notify();
        CountTransitions();
        await PublishChangesAsync();
    }

    private static MfaFailure UserNotFound() => new(MfaErrorCode.UserNotFound, "No such user.");
}
