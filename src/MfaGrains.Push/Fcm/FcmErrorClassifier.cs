using System.Net;
using MfaGrains.Push.Sending;

namespace MfaGrains.Push.Fcm;

/// <summary>Maps an FCM error to what the engine should do, as the Admin SDK does: FcmError code first, then <c>error.status</c>, then the HTTP status.</summary>
internal static class FcmErrorClassifier
{
    public static (PushOutcome Outcome, string Reason) Classify(HttpStatusCode statusCode, FcmError? error)
    {
        var errorCode = error?.FcmErrorCode;
        if (errorCode is not null && FromCode(errorCode, error!.Message) is { } byCode)
        {
            return (byCode, errorCode);
        }

        if (error?.Status is { } status && FromCode(status, error.Message) is { } byStatus)
        {
            return (byStatus, status);
        }

        return (FromHttpStatus(statusCode), errorCode ?? error?.Status ?? ((int)statusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static PushOutcome? FromCode(string code, string? message) => code switch
    {
        "UNREGISTERED" or "SENDER_ID_MISMATCH" => PushOutcome.DropToken,
        // INVALID_ARGUMENT is either a malformed registration token (dead) or a bug of ours (retrying won't help).
        "INVALID_ARGUMENT" => IsAboutRegistrationToken(message) ? PushOutcome.DropToken : PushOutcome.Fatal,
        "QUOTA_EXCEEDED" or "RESOURCE_EXHAUSTED" or "UNAVAILABLE" or "INTERNAL" => PushOutcome.Retryable,
        "THIRD_PARTY_AUTH_ERROR" or "UNAUTHENTICATED" or "PERMISSION_DENIED" or "NOT_FOUND" => PushOutcome.Fatal,
        _ => null,
    };

    private static PushOutcome FromHttpStatus(HttpStatusCode statusCode) =>
        statusCode == HttpStatusCode.TooManyRequests || (int)statusCode >= 500 ? PushOutcome.Retryable : PushOutcome.Fatal;

    private static bool IsAboutRegistrationToken(string? message) =>
        message?.Contains("registration token", StringComparison.OrdinalIgnoreCase) == true;
}
