using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Cli;

/// <summary>How hard and how long to drive a steady scenario, as given on the command line.</summary>
public sealed record RunSettings(
    CommonSettings Common,
    int Rate,
    TimeSpan Duration,
    TimeSpan WarmUp,
    TimeSpan RampUp,
    bool ClosedModel,
    int Copies)
{
    /// <summary>Open model (default): an optional ramp from 0, then <see cref="Rate"/> per second; closed model: <see cref="Copies"/> looping copies.</summary>
    public LoadSimulation[] Simulations()
    {
        if (ClosedModel)
        {
            return [Simulation.KeepConstant(Copies, Duration)];
        }

        var inject = Simulation.Inject(Rate, TimeSpan.FromSeconds(1), Duration);
        return RampUp > TimeSpan.Zero ? [Simulation.RampingInject(Rate, TimeSpan.FromSeconds(1), RampUp), inject] : [inject];
    }

    /// <summary>The highest arrival rate the load shape asks for (closed model: unknown, so the copies stand in).</summary>
    public double PeakRate => ClosedModel ? Copies : Rate;
}
