namespace MfaGrains.Load.Stats;

/// <summary>The measured totals of one step, or of whole iterations ("end to end"); refusals by the engine's admission
/// control are neither ok nor failed.</summary>
public sealed record StepStats(
    string Name, long Ok, long Fail, double Rps, double OkRps, LatencySummary OkLatency, LatencySummary FailLatency, IReadOnlyList<ErrorCount> Errors,
    long Refused = 0, LatencySummary? RefusedLatency = null)
{
    public long Count => Ok + Fail + Refused;
}
