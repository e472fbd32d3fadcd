namespace MfaGrains.Load.Engine;

/// <summary>A named user journey and how hard to drive it (NBomber's <c>ScenarioProps</c>), built fluently from <see cref="Create"/>.</summary>
public sealed record Scenario
{
    private Scenario(string name, Func<ScenarioContext, Task<Response>> run)
    {
        Name = name;
        Run = run;
    }

    public string Name { get; }

    /// <summary>One iteration: the steps in order, returning the iteration's outcome.</summary>
    public Func<ScenarioContext, Task<Response>> Run { get; }

    /// <summary>Runs once before warm-up, outside the measurement (seeding, loading fixtures).</summary>
    public Func<ScenarioInitContext, Task>? Init { get; private init; }

    /// <summary>How long the load shape runs before measuring starts; its statistics are thrown away, its failures are not.</summary>
    public TimeSpan WarmUpDuration { get; private init; } = TimeSpan.FromSeconds(5);

    public IReadOnlyList<LoadSimulation> LoadSimulations { get; private init; } = [Simulation.Inject(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10))];

    /// <summary>The measured length: the simulations' durations added up.</summary>
    public TimeSpan Duration => LoadSimulations.Aggregate(TimeSpan.Zero, (total, simulation) => total + simulation.During);

    public static Scenario Create(string name, Func<ScenarioContext, Task<Response>> run) => new(name, run);

    public Scenario WithInit(Func<ScenarioInitContext, Task> init) => this with { Init = init };

    public Scenario WithWarmUpDuration(TimeSpan duration) =>
        this with { WarmUpDuration = duration >= TimeSpan.Zero ? duration : throw new ArgumentOutOfRangeException(nameof(duration)) };

    public Scenario WithoutWarmUp() => this with { WarmUpDuration = TimeSpan.Zero };

    public Scenario WithLoadSimulations(params LoadSimulation[] simulations) =>
        this with { LoadSimulations = simulations.Length > 0 ? simulations : throw new ArgumentException("At least one load simulation is needed.", nameof(simulations)) };
}
