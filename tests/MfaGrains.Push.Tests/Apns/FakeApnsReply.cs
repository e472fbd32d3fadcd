namespace MfaGrains.Push.Tests.Apns;

/// <summary>
/// One answer of the fake APNs: Apple's status and reason, plus, for a refused request, which check failed (never sent).
/// Reasons starting with <c>Contract:</c> are the fake's own, stricter than Apple: our contract's payload rules.
/// </summary>
internal sealed record FakeApnsReply(int Status, string? Reason, TimeSpan? RetryAfter = null, DateTimeOffset? Timestamp = null, string? Detail = null)
{
    public static readonly FakeApnsReply Success = new(200, null);
    public static readonly FakeApnsReply BadDeviceToken = new(400, "BadDeviceToken");
    public static readonly FakeApnsReply DeviceTokenNotForTopic = new(400, "DeviceTokenNotForTopic");
    public static readonly FakeApnsReply IdleTimeout = new(400, "IdleTimeout");
    public static readonly FakeApnsReply ExpiredProviderToken = new(403, "ExpiredProviderToken");
    public static readonly FakeApnsReply ExpiredToken = new(410, "ExpiredToken");

    public bool IsSuccess => Status == 200;

    public static FakeApnsReply Unregistered(DateTimeOffset since) => new(410, "Unregistered", Timestamp: since);

    public static FakeApnsReply TooManyRequests(TimeSpan? retryAfter = null) => new(429, "TooManyRequests", retryAfter);

    public static FakeApnsReply InternalServerError(TimeSpan? retryAfter = null) => new(500, "InternalServerError", retryAfter);

    public static FakeApnsReply ServiceUnavailable(TimeSpan? retryAfter = null) => new(503, "ServiceUnavailable", retryAfter);

    /// <summary>A refusal by one of the fake's checks; <paramref name="detail"/> says which, for the test's failure message.</summary>
    public static FakeApnsReply Refuse(int status, string reason, string detail) => new(status, reason, Detail: detail);
}
