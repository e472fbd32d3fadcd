using System.Collections.Concurrent;
using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Stats;

/// <summary>Collects one step's (or the whole iteration's) latencies, ok/fail counts and errors; safe from any thread.</summary>
public sealed class StepRecorder(string name, int order)
{
    private readonly LatencyRecorder ok = new();
    private readonly LatencyRecorder fail = new();
    private readonly LatencyRecorder refused = new();
    private readonly ConcurrentDictionary<ErrorKey, ErrorTally> errors = new();

    public string Name { get; } = name;

    /// <summary>Position of first use, so reports list steps in the order a scenario runs them.</summary>
    public int Order { get; } = order;

    public void Record(Response response, TimeSpan latency)
    {
        if (response.IsOk)
        {
            ok.Record(latency);
            return;
        }

        if (response.IsRefused)
        {
            refused.Record(latency);
            return;
        }

        fail.Record(latency);
        var tally = errors.GetOrAdd(new ErrorKey(response.StatusCode, response.Code ?? "unknown"), _ => new ErrorTally(response.Message));
        Interlocked.Increment(ref tally.Count);
    }

    /// <summary>What happened since the last drain.</summary>
    public IntervalStats Drain()
    {
        var latency = ok.Drain(out var okCount);
        fail.Drain(out var failCount);
        refused.Drain(out _);
        return new IntervalStats(Name, okCount, failCount, latency);
    }

    /// <summary>Everything drained so far, as rates over <paramref name="duration"/>.</summary>
    public StepStats Snapshot(TimeSpan duration)
    {
        var okLatency = ok.Total(out var okCount);
        var failLatency = fail.Total(out var failCount);
        var refusedLatency = refused.Total(out var refusedCount);
        var errorCounts = errors
            .Select(pair => new ErrorCount(pair.Key, Interlocked.Read(ref pair.Value.Count), pair.Value.Example))
            .OrderByDescending(error => error.Count)
            .ToList();
        var seconds = Math.Max(duration.TotalSeconds, 1e-9);
        return new StepStats(
            Name, okCount, failCount, (okCount + failCount + refusedCount) / seconds, okCount / seconds, okLatency, failLatency, errorCounts, refusedCount, refusedLatency);
    }

    /// <summary>The ok latencies' full percentile distribution (HdrHistogram text, milliseconds).</summary>
    public void WriteDistribution(TextWriter writer) => ok.WriteDistribution(writer);

    /// <summary>The ok latencies against percentile, for the report's distribution plot.</summary>
    public PercentileCurve Curve(double ninesStep) => ok.Curve(ninesStep);

    private sealed class ErrorTally(string? example)
    {
        public long Count;

        public string? Example { get; } = example;
    }
}
