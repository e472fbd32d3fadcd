using System.Net;
using MfaGrains.Push.Fcm;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Tests.Fcm;

public sealed class FcmErrorClassifierTests
{
    private const string FcmErrorType = "type.googleapis.com/google.firebase.fcm.v1.FcmError";

    [Theory]
    [InlineData(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", "Invalid value at 'message.data[0].value' (TYPE_STRING)", PushOutcome.Fatal, "INVALID_ARGUMENT")]
    [InlineData(401, "UNAUTHENTICATED", "THIRD_PARTY_AUTH_ERROR", "Auth error from APNS or Web Push Service", PushOutcome.Fatal, "THIRD_PARTY_AUTH_ERROR")]
    [InlineData(403, "PERMISSION_DENIED", null, "Permission denied", PushOutcome.Fatal, "PERMISSION_DENIED")]
    [InlineData(404, "NOT_FOUND", null, "Requested entity was not found.", PushOutcome.Fatal, "NOT_FOUND")]
    [InlineData(429, "RESOURCE_EXHAUSTED", null, "Quota exceeded", PushOutcome.Retryable, "RESOURCE_EXHAUSTED")]
    [InlineData(400, "INVALID_ARGUMENT", null, "The registration token is not a valid FCM registration token", PushOutcome.DropToken, "INVALID_ARGUMENT")]
    [InlineData(500, "UNKNOWN", "SOMETHING_NEW", "?", PushOutcome.Retryable, "SOMETHING_NEW")]
    public void Error_code_wins_then_status_then_http_status(int http, string status, string? errorCode, string message, PushOutcome outcome, string reason)
    {
        FcmErrorDetail[] details = errorCode is null ? [] : [new FcmErrorDetail(FcmErrorType, errorCode)];

        var classified = FcmErrorClassifier.Classify((HttpStatusCode)http, new FcmError(http, message, status, details));

        Assert.Equal((outcome, reason), classified);
    }

    [Theory]
    [InlineData(502, PushOutcome.Retryable, "502")]
    [InlineData(429, PushOutcome.Retryable, "429")]
    [InlineData(400, PushOutcome.Fatal, "400")]
    public void Without_a_google_error_body_the_http_status_decides(int http, PushOutcome outcome, string reason)
    {
        Assert.Equal((outcome, reason), FcmErrorClassifier.Classify((HttpStatusCode)http, error: null));
    }
}
