using System.Collections.Concurrent;
using System.Diagnostics;

namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>Every request the run made, on one clock, with the moment the silo was killed.</summary>
internal sealed class AttemptLog
{
    private readonly ConcurrentQueue<Attempt> _attempts = new();

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public TimeSpan? KilledAt { get; set; }

    public IReadOnlyCollection<Attempt> All => _attempts;

    public void Add(Attempt attempt) => _attempts.Enqueue(attempt);

    public IEnumerable<Attempt> AfterKill => _attempts.Where(a => KilledAt is { } kill && a.EndedAt >= kill);

    /// <summary>Counts of each outcome per step, e.g. "issue 201×290, 500×4".</summary>
    public IEnumerable<string> Tally(IEnumerable<Attempt> attempts) =>
        attempts.GroupBy(a => a.Step).OrderBy(g => g.Key, StringComparer.Ordinal).Select(step =>
            $"{step.Key}: " + string.Join(", ", step.GroupBy(a => a.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}")));
}
