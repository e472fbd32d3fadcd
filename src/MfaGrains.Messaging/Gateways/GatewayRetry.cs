using System.Net.Http;
using Polly;

namespace MfaGrains.Messaging.Gateways;

/// <summary>
/// Which failed sends may be tried again. A passcode send is not idempotent: once the request has left, the gateway may have
/// delivered the code even if we never see its answer, and a second attempt would text or call the person twice. So only
/// failures that happen before any byte of the request is sent are retried, never a timeout, a dropped answer or a 5xx.
/// </summary>
internal static class GatewayRetry
{
    public static bool IsSafeToRetry(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException e && FailedBeforeSending(e);

    /// <summary>DNS, TCP connect, TLS handshake or proxy tunnel failed: the gateway cannot have seen the request.</summary>
    public static bool FailedBeforeSending(HttpRequestException exception) => exception.HttpRequestError is
        HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
        or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;
}
