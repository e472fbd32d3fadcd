using System.Diagnostics;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// Watches the membership table, from the moment a silo is killed, until the cluster records it dead (status 6),
/// polling every 100 ms up to a deadline. <see cref="Declared"/> completes with the time that took.
/// </summary>
internal sealed class DeathWatch(ScratchDatabase database, string clusterId, int siloPort)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    private readonly TaskCompletionSource<TimeSpan> _declared = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the silo is recorded dead; fails when it is not within the deadline given to <see cref="Start"/>.</summary>
    public Task<TimeSpan> Declared => _declared.Task;

    /// <summary>Starts watching; call it right after the kill, with a stopwatch started just before it.</summary>
    public void Start(Stopwatch sinceKill, TimeSpan within) => _ = Task.Run(async () =>
    {
        try
        {
            _declared.SetResult(await WatchAsync(sinceKill, within));
        }
        catch (Exception ex)
        {
            _declared.SetException(ex);
        }
    });

    private async Task<TimeSpan> WatchAsync(Stopwatch sinceKill, TimeSpan within)
    {
        int? last = null;
        while (sinceKill.Elapsed < within)
        {
            last = await MembershipTable.StatusAsync(database, clusterId, siloPort);
            if (last == MembershipTable.Dead)
            {
                return sinceKill.Elapsed;
            }

            await Task.Delay(PollEvery);
        }

        throw new TimeoutException($"The silo on port {siloPort} was not declared dead within {within} of its kill; its last status was {last?.ToString() ?? "(no row)"}.");
    }
}
