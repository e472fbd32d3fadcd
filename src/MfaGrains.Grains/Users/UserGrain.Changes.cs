using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

/// <summary>
/// The one change pipeline: commands record <see cref="AccountEvent"/>s while they change the state; <see cref="Save"/>
/// writes the state once with the events' audit rows (same transaction), then hands the events to waiters, metrics and
/// the pending-challenge gauge, in that order. Interleaved reads wait for a write in flight, so none reports a change
/// that is not stored; a failed write rolls memory back to what storage holds.
/// </summary>
public sealed partial class UserGrain
{
    private readonly List<AccountEvent> _events = [];

    /// <summary>Completes when no write is in flight; interleaved reads await it before looking at the state.</summary>
    private Task _committed = Task.CompletedTask;

    /// <summary>Set when a write failed and storage could not be read back: memory may then be ahead of storage.</summary>
    private bool _storageBehind;

    /// <summary>Past a challenge's expiry before its timer looks, so the expiry has surely passed on the domain clock.</summary>
    private static readonly TimeSpan ExpiryGrace = TimeSpan.FromSeconds(1);

    private IGrainTimer? _expiryTimer;

    /// <summary>The expiry the timer is armed for, so a write that leaves the earliest expiry as it was re-arms nothing.</summary>
    private DateTimeOffset? _expiryArmedFor;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await MovePushTokensFromDevices();
        var now = clock.GetUtcNow();
        UpdatePending(now);
        ScheduleExpiry(now);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Expiries and push outcomes recorded in memory since the last write are stored (and audited) now rather than lost.
        if (!_storageBehind)
        {
            Settle();
            if (_events.Count > 0)
            {
                try
                {
                    await Save();
                }
                catch (Exception exception)
                {
                    UserGrainLog.DeactivationWriteFailed(logger, exception);
                }
            }
        }

        pendingChallenges.Forget(this.GetGrainId());
    }

    /// <summary>Persists the state with the audit rows of the events recorded since the last write, then hands the events on.</summary>
    private async Task Save()
    {
        var changes = _events.ToArray();
        _events.Clear();
        var audit = state.State.UncommittedAudit;
        foreach (var change in changes)
        {
            audit.Add(change.ToAudit(UserId));
        }

        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _committed = writing.Task;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            audit.Clear();
            await RollBack();
            throw;
        }
        finally
        {
            writing.SetResult();
        }

        audit.Clear();
        _changes.Notify();
        foreach (var change in changes)
        {
            metrics.Count(change);
        }

        var now = clock.GetUtcNow();
        UpdatePending(now);
        ScheduleExpiry(now);
    }

    /// <summary>Memory is ahead of storage after a failed write: read storage back, or drop the activation if that fails too.</summary>
    private async Task RollBack()
    {
        try
        {
            await state.ReadStateAsync();
        }
        catch (Exception exception)
        {
            UserGrainLog.RollBackFailed(logger, exception);
            _storageBehind = true;
            DeactivateOnIdle();
        }
    }

    /// <summary>Waits until no write is in flight, so what an interleaved read sees is stored.</summary>
    private async Task Committed()
    {
        while (!_committed.IsCompleted)
        {
            await _committed;
        }

        if (_storageBehind)
        {
            throw new InvalidOperationException("This user's state could not be read back after a failed write; retry once the activation is replaced.");
        }
    }

    /// <summary>
    /// Keeps one timer at the earliest expiry of a challenge still pending, so an expiry nobody touches is stored and
    /// audited by then, and none once nothing is pending: a challenge answered in seconds leaves no timer to fire later.
    /// </summary>
    private void ScheduleExpiry(DateTimeOffset now)
    {
        DateTimeOffset? earliest = null;
        foreach (var challenge in state.State.Challenges)
        {
            if (challenge.IsPending && (earliest is null || challenge.ExpiresAt < earliest))
            {
                earliest = challenge.ExpiresAt;
            }
        }

        if (earliest == _expiryArmedFor)
        {
            return;
        }

        _expiryArmedFor = earliest;
        if (earliest is not { } expiresAt)
        {
            _expiryTimer?.Dispose();
            _expiryTimer = null;
            return;
        }

        var due = expiresAt - now + ExpiryGrace;
        due = due > TimeSpan.Zero ? due : TimeSpan.Zero;
        if (_expiryTimer is null)
        {
            _expiryTimer = this.RegisterGrainTimer(StoreExpiries, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
        }
        else
        {
            _expiryTimer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task StoreExpiries(CancellationToken cancellationToken)
    {
        // The one-shot timer has fired: drop it, and whatever is still pending arms a new one.
        _expiryTimer?.Dispose();
        _expiryTimer = null;
        _expiryArmedFor = null;
        Settle();
        if (_events.Count > 0)
        {
            await Save();
        }
        else
        {
            ScheduleExpiry(clock.GetUtcNow());
        }
    }

    private void UpdatePending(DateTimeOffset now) =>
        pendingChallenges.Update(this.GetGrainId(), state.State.Challenges.Count(c => c.IsPending && !c.HasLapsed(now)));
}
