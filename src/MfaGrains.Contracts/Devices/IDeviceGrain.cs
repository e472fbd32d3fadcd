using MfaGrains.Contracts.Errors;

namespace MfaGrains.Contracts.Devices;

/// <summary>
/// One phone's key pair registration, keyed by its RFC 7638 thumbprint (the deviceId). It calls its owner's user grain
/// only one-way or read-only, and the user grain awaits it, so the two never wait on each other.
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

    /// <summary>Stores the push token (null: none) if the registration belongs to <paramref name="userId"/>; called by that user's grain.</summary>
    [Alias("SetPushToken")]
    Task<MfaResult> SetPushToken(string userId, string? pushToken);

    /// <summary>Queues a push of the challenge to the phone, if it has a token; returns before anything is sent.</summary>
    [OneWay, Alias("Push")]
    Task Push(PushRequest request);

    /// <summary>Clears <paramref name="pushToken"/> if it is still this registration's and it belongs to <paramref name="userId"/>; true when cleared.</summary>
    [Alias("ClearPushToken")]
    Task<bool> ClearPushToken(string userId, string pushToken);

    /// <summary>Forgets the registration if it still belongs to <paramref name="userId"/>.</summary>
    [Alias("Unregister")]
    Task Unregister(string userId);
}
