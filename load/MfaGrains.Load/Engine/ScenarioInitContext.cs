namespace MfaGrains.Load.Engine;

/// <summary>What a scenario's init (NBomber's <c>WithInit</c>) gets: it runs once, before warm-up, outside the measurement.</summary>
public sealed class ScenarioInitContext(string scenarioName, Action<string> log, CancellationToken cancellationToken)
{
    public string ScenarioName { get; } = scenarioName;

    /// <summary>Writes a progress line for the person running the test.</summary>
    public Action<string> Log { get; } = log;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
