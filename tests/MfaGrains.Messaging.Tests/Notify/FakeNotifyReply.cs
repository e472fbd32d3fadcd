namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>
/// One answer of the fake Notify: a status and, for a refusal, Notify's error type and message, sent in Notify's envelope
/// <c>{"status_code":…,"errors":[{"error":…,"message":…}]}</c>. <see cref="Detail"/> says which check refused (never sent).
/// </summary>
internal sealed record FakeNotifyReply(int Status, string? Error = null, string? Message = null, string? Detail = null, string? RawBody = null)
{
    public static readonly FakeNotifyReply Created = new(201);

    public static FakeNotifyReply TrialMode => new(400, "BadRequestError", "Can't send to this recipient when service is in trial mode - see https://www.notifications.service.gov.uk/trial-mode");

    public static FakeNotifyReply InvalidToken => new(403, "AuthError", "Invalid token: API key not found");

    public static FakeNotifyReply RateLimit => new(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds");

    public static FakeNotifyReply DailyLimit => new(429, "TooManyRequestsError", "Exceeded send limits (250000) for today");

    public static FakeNotifyReply ServerError => new(500, "Exception", "Internal server error");

    /// <summary>Not Notify speaking: a proxy's HTML error page.</summary>
    public static FakeNotifyReply ProxyPage => new(502, RawBody: "<html><body>502 Bad Gateway</body></html>");

    public bool IsSuccess => Status == 201;

    /// <summary>A refusal by one of the fake's checks; <paramref name="detail"/> says which, for the test's failure message.</summary>
    public static FakeNotifyReply Refuse(int status, string error, string message, string detail) => new(status, error, message, detail);
}
