using System.Diagnostics;
using System.Globalization;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;
using MfaGrains.Load.Portal;
using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Users;

/// <summary>Enrols N users with bounded concurrency, before and outside any measurement; every user must succeed.
/// Its per-step statistics are kept in <see cref="Stats"/> so a slow seed can be explained.</summary>
public sealed class Seeder(TargetClients targets, string portalKey, Action<string> log)
{
    public const string Name = "seed";

    public StatsCollector Stats { get; } = new(Name);

    /// <summary>Enrols <paramref name="count"/> users named <c>{prefix}-{n}@load.mfagrains.test</c>, at most <paramref name="concurrency"/> at a time.</summary>
    public async Task<IReadOnlyList<SeededUser>> SeedAsync(int count, int concurrency, string prefix, CancellationToken cancellationToken)
    {
        var flow = new EnrolmentFlow(new PortalCalls(portalKey));
        var users = new SeededUser?[count];
        var done = 0;
        var clock = Stopwatch.StartNew();
        var nextLog = TimeSpan.FromSeconds(2);
        log($"seeding {count} users, {concurrency} at a time");

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), options, async (index, token) =>
        {
            var userId = UserId(prefix, index);
            var context = new ScenarioContext(Name, index + 1, Stats, token);
            var started = Stopwatch.GetTimestamp();
            Response outcome;
            try
            {
                users[index] = await flow.EnrolAsync(context, targets.Next(), userId);
                outcome = Response.Ok();
            }
            catch (StepFailedException failed)
            {
                outcome = failed.Response;
            }

            Stats.EndToEnd.Record(outcome, Stopwatch.GetElapsedTime(started));
            var finished = Interlocked.Increment(ref done);
            lock (users)
            {
                if (clock.Elapsed >= nextLog || finished == count)
                {
                    nextLog = clock.Elapsed + TimeSpan.FromSeconds(2);
                    log($"seeded {finished}/{count} ({finished / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):0} users/s)");
                }
            }
        });

        Stats.Tick(0);
        var (endToEnd, _) = Stats.Snapshot(clock.Elapsed);
        if (endToEnd.Fail > 0)
        {
            var summary = string.Join("; ", endToEnd.Errors.Select(error => $"{error.Key} ×{error.Count} ({error.Example})"));
            throw new InvalidOperationException($"{endToEnd.Fail} of {count} enrolments failed: {summary}");
        }

        return users.Select(user => user!).ToList();
    }

    /// <summary>A user id prefix unique to one seeding: the time and a few random characters, so seeds never collide.</summary>
    public static string NewPrefix() =>
        "load-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];

    public static string UserId(string prefix, long number) =>
        $"{prefix}-{number.ToString("D6", CultureInfo.InvariantCulture)}@load.mfagrains.test";
}
