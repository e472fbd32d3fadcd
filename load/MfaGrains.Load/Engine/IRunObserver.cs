using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Engine;

/// <summary>Hears the run as it goes: log lines during init and a tick about every second.</summary>
public interface IRunObserver
{
    void Log(string message);

    /// <summary>One tick of <paramref name="phase"/> ("warm-up" or "run").</summary>
    void OnTick(string scenario, string phase, TimelinePoint point);
}
