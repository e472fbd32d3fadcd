namespace MfaGrains.Push.Tests;

/// <summary>
/// A throughput benchmark: skipped in ordinary test runs, which must stay fast and quiet on a shared box, and run
/// when <c>MFAGRAINS_BENCHMARKS=1</c> is set (docs/benchmarks.md gives the commands).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public const string Switch = "MFAGRAINS_BENCHMARKS";

    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"benchmark; set {Switch}=1 to run it";
        }
    }
}
