using MfaGrains.Contracts.Devices;
using MfaGrains.Contracts.Enrolment;

namespace MfaGrains.Api.Enrolment;

/// <summary>Body of <c>POST /v1/users/{userId}/enrolments</c>.</summary>
public sealed record CreateEnrolmentRequest(string? DeviceLabel = null);

/// <summary>A new enrolment with everything the portal shows: code, URL and QR payload.</summary>
public sealed record EnrolmentCreatedResponse(
    string EnrolmentId,
    string UserId,
    EnrolmentStatus Status,
    string ActivationCode,
    string ActivationUrl,
    string QrPayload,
    DateTimeOffset ExpiresAt);

/// <summary>An enrolment's status as the portal reads it.</summary>
public sealed record EnrolmentResponse(
    string EnrolmentId,
    string UserId,
    EnrolmentStatus Status,
    string? DeviceId,
    string? DeviceName,
    DevicePlatform? Platform,
    DateTimeOffset ExpiresAt)
{
    public static EnrolmentResponse From(EnrolmentView view) =>
        new(view.EnrolmentId, view.UserId, view.Status, view.DeviceId, view.DeviceName, view.Platform, view.ExpiresAt);
}
