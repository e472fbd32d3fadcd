using System.Net.Http.Headers;

namespace MfaGrains.Client.Http;

/// <summary>Reads <c>Retry-After</c> (RFC 9110 §10.2.3): whole seconds, which the engine sends, or an HTTP date.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseHeaders headers, TimeProvider clock) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
        _ => null,
    };
}
