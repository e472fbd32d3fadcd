using System.Security.Claims;

namespace MfaGrains.Api.Devices;

/// <summary>Claims set by a verified device signature, and accessors for them.</summary>
public static class DeviceClaims
{
    public const string DeviceId = "mfagrains:device_id";
    public const string UserId = "mfagrains:user_id";

    /// <summary>The id of the device whose key signed the request.</summary>
    public static string SigningDeviceId(this ClaimsPrincipal user) =>
        user.FindFirstValue(DeviceId) ?? throw new InvalidOperationException("The request was not signed by a device; require the device policy.");

    /// <summary>The user the signing device belongs to.</summary>
    public static string DeviceOwner(this ClaimsPrincipal user) =>
        user.FindFirstValue(UserId) ?? throw new InvalidOperationException("The signing device has no owner yet; only activation lacks one.");
}
