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

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        UpdatePending(clock.GetUtcNow());
        return Task.CompletedTask;
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

        UpdatePending(clock.GetUtcNow());
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

    /// <summary>Stores the expiry of a challenge nobody answered when nothing else touches the user by then.</summary>
    private void StoreExpiryOf(ChallengeRecord challenge, DateTimeOffset now) =>
        this.RegisterGrainTimer(
            async _ =>
            {
                Settle();
                if (_events.Count > 0)
                {
                    await Save();
                }
            },
            new GrainTimerCreationOptions(challenge.ExpiresAt - now + TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));

    private void UpdatePending(DateTimeOffset now) =>
        pendingChallenges.Update(this.GetGrainId(), state.State.Challenges.Count(c => c.IsPending && !c.HasLapsed(now)));
}
