using System.Text.Json.Serialization;

namespace MfaGrains.Push.Fcm;

/// <summary>FCM's answer on success: the message resource, of which only <c>name</c> is filled in.</summary>
internal sealed record FcmSendResponse(string? Name);

/// <summary>Google's error envelope: <c>{"error":{"code","message","status","details"}}</c>.</summary>
internal sealed record FcmErrorResponse(FcmError? Error);

/// <summary>The error itself; <c>details</c> may hold an FcmError entry with the FCM-specific <c>errorCode</c>.</summary>
internal sealed record FcmError(int Code, string? Message, string? Status, IReadOnlyList<FcmErrorDetail>? Details)
{
    /// <summary>The FcmError detail's <c>errorCode</c>, if FCM sent one.</summary>
    public string? FcmErrorCode =>
        Details?.FirstOrDefault(d => d.Type?.EndsWith("google.firebase.fcm.v1.FcmError", StringComparison.Ordinal) == true)?.ErrorCode;
}

/// <summary>One entry of <c>error.details</c>; only FcmError entries carry <c>errorCode</c>.</summary>
internal sealed record FcmErrorDetail(
    [property: JsonPropertyName("@type")] string? Type,
    [property: JsonPropertyName("errorCode")] string? ErrorCode);
