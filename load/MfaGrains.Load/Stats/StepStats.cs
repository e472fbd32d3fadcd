namespace MfaGrains.Load.Stats;

/// <summary>The measured totals of one step, or of whole iterations ("end to end").</summary>
public sealed record StepStats(
    string Name, long Ok, long Fail, double Rps, double OkRps, LatencySummary OkLatency, LatencySummary FailLatency, IReadOnlyList<ErrorCount> Errors)
{
    public long Count => Ok + Fail;
}
