namespace MfaGrains.Messaging.Gateways;

/// <summary>The <see cref="Sending.PasscodeSendResult.Error"/> codes our senders use when the gateway itself gave none.</summary>
public static class PasscodeGatewayErrors
{
    /// <summary>No connection could be made (DNS, connect or TLS failed, even after retries): the gateway certainly did not get the message.</summary>
    public const string Unreachable = "Unreachable";

    /// <summary>The connection failed after the request went out: the gateway may or may not have sent the code.</summary>
    public const string TransportError = "TransportError";

    /// <summary>No answer in time: the gateway may or may not have sent the code.</summary>
    public const string Timeout = "Timeout";

    /// <summary>Recent sends failed so often that this one was not attempted (the circuit breaker is open).</summary>
    public const string CircuitOpen = "CircuitOpen";

    /// <summary>Too many sends were already in flight from this process; this one was not attempted.</summary>
    public const string Throttled = "Throttled";

    /// <summary>The sender was asked for a channel it does not serve; nothing was sent.</summary>
    public const string ChannelNotServed = "ChannelNotServed";

    /// <summary>The code for an HTTP refusal whose body named no error, e.g. <c>Http503</c>.</summary>
    public static string ForStatus(int status) => $"Http{status}";
}
