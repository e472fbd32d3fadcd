namespace MfaGrains.Load.Engine;

/// <summary>The 07:00 shift change as an open-model plan: a quiet night rate, a ramp to the peak, a hold at the peak, a ramp back down.</summary>
public sealed record SurgePlan
{
    public SurgePlan(int nightRate, int peakRate, TimeSpan night, TimeSpan rampUp, TimeSpan hold, TimeSpan rampDown)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(peakRate, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(nightRate);
        if (nightRate > peakRate)
        {
            throw new ArgumentOutOfRangeException(nameof(nightRate), nightRate, $"The night rate must not exceed the peak rate ({peakRate}/s).");
        }

        foreach (var (during, name) in new[] { (night, nameof(night)), (rampUp, nameof(rampUp)), (hold, nameof(hold)), (rampDown, nameof(rampDown)) })
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(during, TimeSpan.Zero, name);
        }

        if (night + rampUp + hold + rampDown <= TimeSpan.Zero)
        {
            throw new ArgumentException("A surge needs at least one phase longer than zero.");
        }

        (NightRate, PeakRate, Night, RampUp, Hold, RampDown) = (nightRate, peakRate, night, rampUp, hold, rampDown);
    }

    /// <summary>Sign-ins per second before and after the surge.</summary>
    public int NightRate { get; }

    /// <summary>Sign-ins per second at the peak.</summary>
    public int PeakRate { get; }

    public TimeSpan Night { get; }

    public TimeSpan RampUp { get; }

    public TimeSpan Hold { get; }

    public TimeSpan RampDown { get; }

    public TimeSpan Duration => Night + RampUp + Hold + RampDown;

    /// <summary>Every sign-in the plan starts: the integral of its rate, as the drivers round it phase by phase.</summary>
    public long Arrivals => LoadPlan.Arrivals(LoadPlan.Resolve(Simulations()))!.Value;

    /// <summary>The phases as load simulations; a phase of zero length is left out (a ramp of zero length is a step).</summary>
    public LoadSimulation[] Simulations()
    {
        var second = TimeSpan.FromSeconds(1);
        var simulations = new List<LoadSimulation>();
        if (Night > TimeSpan.Zero)
        {
            // Inject refuses a rate of 0; a ramp from the plan's start (0) to 0 is a quiet night with no arrivals.
            simulations.Add(NightRate > 0 ? Simulation.Inject(NightRate, second, Night) : Simulation.RampingInject(0, second, Night));
        }

        if (RampUp > TimeSpan.Zero)
        {
            simulations.Add(Simulation.RampingInject(PeakRate, second, RampUp));
        }

        if (Hold > TimeSpan.Zero)
        {
            simulations.Add(Simulation.Inject(PeakRate, second, Hold));
        }

        if (RampDown > TimeSpan.Zero)
        {
            simulations.Add(Simulation.RampingInject(NightRate, second, RampDown));
        }

        return [.. simulations];
    }
}
