namespace MfaGrains.Load.Engine;

/// <summary>Safety limits of the runner itself, so every run is bounded in time and in concurrency.</summary>
public sealed record RunnerSettings
{
    /// <summary>Open-model arrivals beyond this many running iterations fail at once (<c>max_in_flight</c>) instead of piling up.</summary>
    public long MaxInFlight { get; init; } = 10_000;

    /// <summary>How long to wait for iterations still running when the load ends; longer than the HTTP timeout.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(40);
}
