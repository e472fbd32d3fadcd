using System.Threading.RateLimiting;

namespace MfaGrains.Api.Admission;

/// <summary>
/// Refuses while the queue delay (<see cref="ThreadPoolQueueDelay"/>) is above <paramref name="maxDelay"/> (the engine's CPU is saturated, so
/// every request, a refusal included, already waits), else asks <paramref name="inner"/>. Keeping the queue short keeps
/// the answers of admitted sign-ins and the refusals themselves quick.
/// </summary>
public sealed class QueueDelayLimiter(RateLimiter inner, IQueueDelay delay, TimeSpan maxDelay) : AdmissionGate(inner)
{
    protected override bool Admits() => delay.Current <= maxDelay;
}
