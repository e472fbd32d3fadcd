using MfaGrains.Grains.Metrics;

namespace MfaGrains.Grains.Users;

/// <summary>
/// Metrics: the account's transitions, counted after each successful write and when expiries are recorded, and this
/// user's share of the silo's pending-challenge gauge.
/// </summary>
public sealed partial class UserGrain
{
    private readonly AccountTransitions _transitions = new(metrics);

    /// <summary>Set when a write failed: memory is then ahead of storage, and what it holds must not be counted.</summary>
    private bool _storageBehind;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // The next activation takes expiries already due as counted (see AccountTransitions.Seed), so count them now.
        if (!_storageBehind)
        {
            Settle();
            CountTransitions();
        }

        pendingChallenges.Forget(this.GetGrainId());
        return Task.CompletedTask;
    }

    private void SeedTransitions()
    {
        var now = clock.GetUtcNow();
        _transitions.Seed(state.State, now);
        UpdatePending(now);
    }

    private void CountTransitions()
    {
        _transitions.Count(state.State);
        UpdatePending(clock.GetUtcNow());
    }

    private void UpdatePending(DateTimeOffset now) =>
        pendingChallenges.Update(this.GetGrainId(), state.State.Challenges.Count(c => c.IsPending && !c.HasLapsed(now)));
}
