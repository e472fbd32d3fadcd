using MfaGrains.Contracts.Errors;

namespace MfaGrains.Contracts.Devices;

/// <summary>One phone's key pair registration, keyed by its RFC 7638 thumbprint (the deviceId).</summary>
[Alias("mfa.IDeviceGrain")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>The owner and public key, or null when no live device holds this id.</summary>
    [Alias("GetCredential")]
    Task<DeviceCredential?> GetCredential();

    /// <summary>Registers the key for a user; refused with device_already_registered while another live device holds it.</summary>
    [Alias("Register")]
    Task<MfaResult> Register(DeviceRegistration registration);

    [Alias("UpdatePushToken")]
    Task<MfaResult> UpdatePushToken(string? pushToken);

    /// <summary>Forgets the registration if it still belongs to <paramref name="userId"/>.</summary>
    [Alias("Unregister")]
    Task Unregister(string userId);
}
