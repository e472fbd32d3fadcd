namespace MfaGrains.Load.Engine;

/// <summary>Turns a scenario's simulations into phases, and cuts the first part off for warm-up.</summary>
public static class LoadPlan
{
    public static IReadOnlyList<LoadPhase> Resolve(IEnumerable<LoadSimulation> simulations)
    {
        var phases = new List<LoadPhase>();
        var previousRate = 0.0;
        foreach (var simulation in simulations)
        {
            LoadPhase phase = simulation switch
            {
                InjectSimulation inject => new OpenPhase(PerSecond(inject.Rate, inject.Interval), PerSecond(inject.Rate, inject.Interval), inject.During),
                RampingInjectSimulation ramp => new OpenPhase(previousRate, PerSecond(ramp.Rate, ramp.Interval), ramp.During),
                KeepConstantSimulation keep => new ClosedPhase(keep.Copies, keep.During),
                _ => throw new NotSupportedException($"Unknown load simulation {simulation.GetType().Name}."),
            };
            previousRate = phase is OpenPhase open ? open.EndRate : 0;
            phases.Add(phase);
        }

        return phases;
    }

    /// <summary>The first <paramref name="duration"/> of the plan; a ramp cut short ends at the rate it had reached.</summary>
    public static IReadOnlyList<LoadPhase> Take(IReadOnlyList<LoadPhase> phases, TimeSpan duration)
    {
        var taken = new List<LoadPhase>();
        var left = duration;
        foreach (var phase in phases)
        {
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            if (phase.During <= left)
            {
                taken.Add(phase);
            }
            else
            {
                taken.Add(phase switch
                {
                    OpenPhase open => new OpenPhase(open.StartRate, open.RateAt(left), left),
                    ClosedPhase closed => closed with { During = left },
                    _ => throw new NotSupportedException(),
                });
            }

            left -= phase.During;
        }

        return taken;
    }

    /// <summary>Every arrival an open-model plan launches, as its drivers round them phase by phase; null when a phase is closed-model.</summary>
    public static long? Arrivals(IReadOnlyList<LoadPhase> phases) =>
        phases.All(phase => phase is OpenPhase) ? phases.Cast<OpenPhase>().Sum(phase => phase.Arrivals) : null;

    /// <summary>Arrivals due in the first <paramref name="elapsed"/> of an open-model plan (the integral of its rate); null when a phase is closed-model.</summary>
    public static double? ArrivalsBy(IReadOnlyList<LoadPhase> phases, TimeSpan elapsed)
    {
        var due = 0.0;
        foreach (var phase in phases)
        {
            if (phase is not OpenPhase open)
            {
                return null;
            }

            due += open.ArrivalsBy(elapsed);
            elapsed -= phase.During;
        }

        return due;
    }

    private static double PerSecond(int rate, TimeSpan interval) => rate / interval.TotalSeconds;
}
