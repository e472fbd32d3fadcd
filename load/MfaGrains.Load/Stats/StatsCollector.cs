using System.Collections.Concurrent;
using System.Diagnostics;

namespace MfaGrains.Load.Stats;

/// <summary>All statistics of one part of a run (warm-up or measurement): end to end, per step, and a tick-by-tick timeline.</summary>
public sealed class StatsCollector(string scenarioName)
{
    private readonly ConcurrentDictionary<string, StepRecorder> steps = new();
    private readonly List<TimelinePoint> timeline = [];
    private readonly Lock gate = new();
    private readonly long started = Stopwatch.GetTimestamp();
    private TimeSpan lastTick;
    private int nextOrder;

    /// <summary>Whole iterations, named after the scenario.</summary>
    public StepRecorder EndToEnd { get; } = new(scenarioName, -1);

    public IReadOnlyList<TimelinePoint> Timeline
    {
        get
        {
            lock (gate)
            {
                return [.. timeline];
            }
        }
    }

    public StepRecorder Step(string name) =>
        steps.TryGetValue(name, out var step) ? step : steps.GetOrAdd(name, key => new StepRecorder(key, Interlocked.Increment(ref nextOrder)));

    /// <summary>Drains every recorder into its total and appends what happened since the last tick to the timeline.</summary>
    public TimelinePoint Tick(long inFlight)
    {
        lock (gate)
        {
            var at = Stopwatch.GetElapsedTime(started);
            var point = new TimelinePoint(at, at - lastTick, inFlight, EndToEnd.Drain(), [.. OrderedSteps().Select(step => step.Drain())]);
            lastTick = at;
            timeline.Add(point);
            return point;
        }
    }

    /// <summary>The totals; call <see cref="Tick"/> first so the last interval is included.</summary>
    public (StepStats EndToEnd, IReadOnlyList<StepStats> Steps) Snapshot(TimeSpan duration) =>
        (EndToEnd.Snapshot(duration), [.. OrderedSteps().Select(step => step.Snapshot(duration))]);

    public IEnumerable<StepRecorder> OrderedSteps() => steps.Values.OrderBy(step => step.Order);
}
