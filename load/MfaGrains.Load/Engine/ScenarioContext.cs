using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Engine;

/// <summary>What one iteration knows: which scenario, which invocation, where its statistics go, and when to stop.</summary>
public sealed class ScenarioContext(string scenarioName, long invocationNumber, StatsCollector stats, CancellationToken cancellationToken)
{
    public string ScenarioName { get; } = scenarioName;

    /// <summary>1 for the first iteration of the run (warm-up included), counting up.</summary>
    public long InvocationNumber { get; } = invocationNumber;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    internal StatsCollector Stats { get; } = stats;
}
