using MfaGrains.Contracts.Errors;

namespace MfaGrains.Contracts.Enrolment;

/// <summary>
/// Finds an activation code's enrolment and activates the device with its user; a stateless worker, so the code is
/// hashed on the silo (which holds the lookup key) and an API needs no secrets.
/// </summary>
[Alias("mfa.IDeviceActivationGrain")]
public interface IDeviceActivationGrain : IGrainWithIntegerKey
{
    /// <summary>invalid_activation_code when the code is unknown, used, cancelled or expired; otherwise the user's answer.</summary>
    [Alias("Activate")]
    Task<MfaResult<ActivationAccepted>> Activate(DeviceActivation activation);
}
