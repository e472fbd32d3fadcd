namespace MfaGrains.Push.Sending;

/// <summary>A provider's answer to one send.</summary>
/// <param name="Outcome">What the engine should do next.</param>
/// <param name="StatusCode">The HTTP status, when a response arrived.</param>
/// <param name="Reason">The provider's error code or reason (e.g. <c>UNREGISTERED</c>, <c>BadDeviceToken</c>); null on success.</param>
/// <param name="MessageId">FCM's message <c>name</c> or APNs' <c>apns-id</c> on success, for tracing.</param>
/// <param name="RetryAfter">The provider's <c>Retry-After</c>, when it gave one.</param>
public sealed record PushResult(PushOutcome Outcome, int? StatusCode, string? Reason, string? MessageId, TimeSpan? RetryAfter)
{
    public static PushResult Delivered(int statusCode, string? messageId) => new(PushOutcome.Delivered, statusCode, null, messageId, null);
}
