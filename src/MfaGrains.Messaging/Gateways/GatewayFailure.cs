using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace MfaGrains.Messaging.Gateways;

/// <summary>Turns what an HTTP send can throw into a <see cref="PasscodeGatewayErrors"/> code; the caller's own cancellation is never one.</summary>
internal static class GatewayFailure
{
    /// <summary>True, with the code, for every failure a sender reports as a result instead of throwing.</summary>
    public static bool TryClassify(Exception exception, CancellationToken cancellationToken, out string error)
    {
        error = exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => "",
            HttpRequestException e when GatewayRetry.FailedBeforeSending(e) => PasscodeGatewayErrors.Unreachable,
            HttpRequestException or IOException => PasscodeGatewayErrors.TransportError,
            TimeoutRejectedException or OperationCanceledException => PasscodeGatewayErrors.Timeout,
            BrokenCircuitException => PasscodeGatewayErrors.CircuitOpen,
            RateLimiterRejectedException => PasscodeGatewayErrors.Throttled,
            _ => "",
        };
        return error.Length > 0;
    }
}
