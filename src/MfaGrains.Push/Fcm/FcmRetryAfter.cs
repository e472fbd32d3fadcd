using System.Net.Http.Headers;

namespace MfaGrains.Push.Fcm;

/// <summary>Reads <c>Retry-After</c> in either of its forms (delta-seconds or HTTP-date) as a delay from now.</summary>
internal static class FcmRetryAfter
{
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        // A date already past means "now", not a negative delay.
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
