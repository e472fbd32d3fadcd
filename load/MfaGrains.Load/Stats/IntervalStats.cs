namespace MfaGrains.Load.Stats;

/// <summary>One step during one tick (about a second): counts and the ok latencies.</summary>
public sealed record IntervalStats(string Name, long Ok, long Fail, LatencySummary Latency);

/// <summary>One tick of the run, end to end and per step, for the live line and the time series in the report.</summary>
public sealed record TimelinePoint(TimeSpan At, TimeSpan Length, long InFlight, IntervalStats EndToEnd, IReadOnlyList<IntervalStats> Steps);
