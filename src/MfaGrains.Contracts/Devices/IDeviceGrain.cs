using MfaGrains.Contracts.Errors;

namespace MfaGrains.Contracts.Devices;

/// <summary>
/// One phone's key pair registration, keyed by its RFC 7638 thumbprint (the deviceId): what the API needs to verify a
/// phone's signature. Pushes go from the owner's user grain, so a sign-in never activates it. It calls its owner's user
/// grain only read-only, and the user grain awaits it, so the two never wait on each other.
/// </summary>
[Alias("mfa.IDeviceGrain")]
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>The owner and public key, or null when no device holds this id. The owner's user grain decides whether it is still live.</summary>
    [Alias("GetCredential")]
    Task<DeviceCredential?> GetCredential();

    /// <summary>Registers the key for a user; refused with device_already_registered while another live device holds it.</summary>
    [Alias("Register")]
    Task<MfaResult> Register(DeviceRegistration registration);

    /// <summary>
    /// The push token a registration stored before tokens moved into the owner's account, if it belongs to
    /// <paramref name="userId"/>. Interleaves, because the owner calls it while activating and <see cref="Register"/>
    /// may be waiting on that owner.
    /// </summary>
    [AlwaysInterleave, Alias("GetStoredPushToken")]
    Task<string?> GetStoredPushToken(string userId);

    /// <summary>Forgets the registration if it still belongs to <paramref name="userId"/>.</summary>
    [Alias("Unregister")]
    Task Unregister(string userId);
}
