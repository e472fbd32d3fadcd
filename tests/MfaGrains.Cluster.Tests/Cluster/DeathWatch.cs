using System.Diagnostics;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// Watches the membership table from the moment a silo is killed until the cluster records it dead (status 6),
/// polling every 100 ms up to a deadline. <see cref="Declared"/> completes with the time that took.
/// </summary>
internal sealed class DeathWatch
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    private DeathWatch(Task<TimeSpan> declared) => Declared = declared;

    public Task<TimeSpan> Declared { get; }

    public static DeathWatch Start(ScratchDatabase database, string clusterId, int siloPort, Stopwatch sinceKill, TimeSpan within) =>
        new(Task.Run(() => WatchAsync(database, clusterId, siloPort, sinceKill, within)));

    /// <summary>Waits for the declaration, up to <paramref name="within"/> more; false when it has not come by then.</summary>
    public async Task<bool> WaitAsync(TimeSpan within) => await Task.WhenAny(Declared, Task.Delay(within)) == Declared && Declared.IsCompletedSuccessfully;

    private static async Task<TimeSpan> WatchAsync(ScratchDatabase database, string clusterId, int siloPort, Stopwatch sinceKill, TimeSpan within)
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
