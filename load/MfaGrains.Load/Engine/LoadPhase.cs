namespace MfaGrains.Load.Engine;

/// <summary>A load simulation resolved to what a driver needs: absolute rates per second, or a number of copies.</summary>
public abstract record LoadPhase(TimeSpan During);

/// <summary>Arrivals per second moving linearly from <paramref name="StartRate"/> to <paramref name="EndRate"/>.</summary>
public sealed record OpenPhase(double StartRate, double EndRate, TimeSpan During) : LoadPhase(During)
{
    /// <summary>Arrivals due in the first <paramref name="elapsed"/> of the phase: the integral of the rate.</summary>
    public double ArrivalsBy(TimeSpan elapsed)
    {
        var t = Math.Clamp(elapsed.TotalSeconds, 0, During.TotalSeconds);
        return StartRate * t + (EndRate - StartRate) * t * t / (2 * During.TotalSeconds);
    }

    /// <summary>Arrivals the driver launches over the whole phase: the integral, rounded to whole iterations.</summary>
    public long Arrivals => (long)Math.Round(ArrivalsBy(During));

    /// <summary>The rate reached after <paramref name="elapsed"/>.</summary>
    public double RateAt(TimeSpan elapsed) =>
        StartRate + (EndRate - StartRate) * Math.Clamp(elapsed / During, 0, 1);
}

/// <summary>A fixed number of virtual users looping iterations.</summary>
public sealed record ClosedPhase(int Copies, TimeSpan During) : LoadPhase(During);
