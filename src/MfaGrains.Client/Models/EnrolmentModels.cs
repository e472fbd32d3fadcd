namespace MfaGrains.Client;

/// <summary>Body of <c>POST /v1/users/{userId}/enrolments</c>.</summary>
public sealed record StartEnrolmentRequest(string? DeviceLabel = null);

/// <summary>A new enrolment with what the portal shows: the 9-digit code, its URL and the QR payload.</summary>
public sealed record StartedEnrolment(
    string EnrolmentId, string UserId, EnrolmentStatus Status, string ActivationCode, string ActivationUrl, string QrPayload, DateTimeOffset ExpiresAt);

/// <summary>An enrolment as the portal reads it.</summary>
public sealed record Enrolment(
    string EnrolmentId, string UserId, EnrolmentStatus Status, string? DeviceId, string? DeviceName, DevicePlatform? Platform, DateTimeOffset ExpiresAt);

/// <summary>The image format of a QR code route.</summary>
public enum QrFormat
{
    /// <summary><c>image/png</c>, the default.</summary>
    Png,

    /// <summary><c>image/svg+xml</c>.</summary>
    Svg,
}
