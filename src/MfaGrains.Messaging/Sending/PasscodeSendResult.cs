namespace MfaGrains.Messaging.Sending;

/// <summary>A gateway's answer to one send.</summary>
/// <param name="Accepted">Whether the gateway took the message for delivery.</param>
/// <param name="GatewayId">The gateway's id for the message, for tracing.</param>
/// <param name="Error">Why it was refused (the gateway's error code); null when accepted.</param>
public sealed record PasscodeSendResult(bool Accepted, string? GatewayId, string? Error);
