namespace MfaGrains.Load.Engine;

/// <summary>The load simulations by NBomber's names.</summary>
public static class Simulation
{
    /// <summary>Open model: <paramref name="rate"/> iterations per <paramref name="interval"/> for <paramref name="during"/>.</summary>
    public static LoadSimulation Inject(int rate, TimeSpan interval, TimeSpan during) =>
        new InjectSimulation(Positive(rate, nameof(rate)), PositiveTime(interval, nameof(interval)), PositiveTime(during, nameof(during)));

    /// <summary>Open model: ramp linearly to <paramref name="rate"/> per <paramref name="interval"/> over <paramref name="during"/>.</summary>
    public static LoadSimulation RampingInject(int rate, TimeSpan interval, TimeSpan during) =>
        new RampingInjectSimulation(NotNegative(rate, nameof(rate)), PositiveTime(interval, nameof(interval)), PositiveTime(during, nameof(during)));

    /// <summary>Closed model: keep <paramref name="copies"/> iterations running at once for <paramref name="during"/>.</summary>
    public static LoadSimulation KeepConstant(int copies, TimeSpan during) =>
        new KeepConstantSimulation(Positive(copies, nameof(copies)), PositiveTime(during, nameof(during)));

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be at least 1.");

    private static int NotNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must not be negative.");

    private static TimeSpan PositiveTime(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(name, value, "Must be longer than zero.");
}
