namespace MfaGrains.Load.Engine;

/// <summary>One phase of a scenario's load shape (NBomber's <c>LoadSimulation</c>); phases run one after another.</summary>
public abstract record LoadSimulation(TimeSpan During)
{
    /// <summary>Open model: arrivals are scheduled by the clock, whatever the latency.</summary>
    public abstract bool IsOpenModel { get; }
}

/// <summary>Open model: <paramref name="Rate"/> iterations every <paramref name="Interval"/>, spread evenly.</summary>
public sealed record InjectSimulation(int Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During)
{
    public override bool IsOpenModel => true;
}

/// <summary>Open model: the arrival rate moves linearly from the previous phase's rate (0 at the start) to <paramref name="Rate"/> per <paramref name="Interval"/>.</summary>
public sealed record RampingInjectSimulation(int Rate, TimeSpan Interval, TimeSpan During) : LoadSimulation(During)
{
    public override bool IsOpenModel => true;
}

/// <summary>Closed model: <paramref name="Copies"/> virtual users, each starting its next iteration when the last one ends.</summary>
public sealed record KeepConstantSimulation(int Copies, TimeSpan During) : LoadSimulation(During)
{
    public override bool IsOpenModel => false;
}
