using System.Net.Http;

namespace MfaGrains.Push.Fcm;

/// <summary>The long-lived connection pool for FCM, set up as push-providers.md §2.7 advises.</summary>
internal static class FcmHttpHandler
{
    public static SocketsHttpHandler Create() => new()
    {
        // One HTTP/2 connection carries ~100 streams; open more rather than queue sends behind it.
        EnableMultipleHttp2Connections = true,
        // Keep connections warm between sign-in bursts; reconnecting costs a TLS handshake per burst.
        PooledConnectionIdleTimeout = TimeSpan.FromHours(1),
        // The handler lives for the process, so recycle connections now and then to follow DNS changes at Google's front ends.
        PooledConnectionLifetime = TimeSpan.FromHours(1),
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.Always,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };
}
