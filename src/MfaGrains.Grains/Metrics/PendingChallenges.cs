using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MfaGrains.Grains.Metrics;

/// <summary>
/// The pending challenges held by this silo's active user grains, observed as <c>mfagrains.challenges.pending</c>. Each
/// user grain is active on one silo at a time and reports its own count, so the sum over silos is the cluster's backlog,
/// exact at every scrape and with no drift across restarts (nothing is accumulated).
/// </summary>
public sealed class PendingChallenges
{
    private readonly ConcurrentDictionary<GrainId, int> _byUser = new();

    public PendingChallenges(IMeterFactory meterFactory) =>
        meterFactory.Create(MfaGrainsMetrics.MeterName).CreateObservableUpDownCounter(
            "mfagrains.challenges.pending", Observe, "{challenge}", "Challenges not yet answered, expired or cancelled, held by this silo's active user grains.");

    /// <summary>Records how many pending challenges a user grain holds now; only that grain's activation calls this.</summary>
    public void Update(GrainId user, int pending)
    {
        if (pending > 0)
        {
            _byUser[user] = pending;
        }
        else
        {
            _byUser.TryRemove(user, out _);
        }
    }

    /// <summary>Drops a user grain that is deactivating: its challenges are counted again where it next activates.</summary>
    public void Forget(GrainId user) => _byUser.TryRemove(user, out _);

    private int Observe() => _byUser.Values.Sum();
}
