using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace MfaGrains.Api.Problems;

/// <summary>
/// Failures of the cluster rather than of the request: the silo holding a grain died mid-call, a gateway is gone or too
/// busy, a grain call timed out. The request may not have happened, so it is answered 503 with <c>Retry-After</c>, which
/// a portal retries, rather than a 500, which it would report as a fault.
/// </summary>
public static class UnavailableProblems
{
    /// <summary>
    /// Seconds before a retry is worth it: about the time the cluster takes to declare a dead silo and place its grains
    /// elsewhere (docs/benchmarks.md, the SIGKILL test).
    /// </summary>
    public const int RetryAfterSeconds = 3;

    /// <summary>The 503 for <paramref name="exception"/>, or null when it is not a cluster failure.</summary>
    public static ProblemResult? For(Exception exception) => exception switch
    {
        OrleansMessageRejectionException or GatewayTooBusyException or ConnectionFailedException or TimeoutException => Problem.Unavailable(),
        _ => null,
    };
}
