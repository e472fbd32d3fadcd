using MfaGrains.Grains.Secrets;
using Orleans.Concurrency;

namespace MfaGrains.Grains.Enrolment;

/// <summary>Resolves an activation code by its keyed hash and hands the activation to the enrolment's user grain.</summary>
[StatelessWorker]
[GrainType("device-activation")]
public sealed class DeviceActivationGrain(SecretHasher hasher) : Grain, IDeviceActivationGrain
{
    public async Task<MfaResult<ActivationAccepted>> Activate(DeviceActivation activation)
    {
        var codeHash = hasher.Hash(SecretPurposes.ActivationCode, activation.ActivationCode);
        if (await GrainFactory.GetGrain<IActivationCodeGrain>(codeHash).Resolve() is not { } binding)
        {
            return new MfaFailure(MfaErrorCode.InvalidActivationCode, "The activation code is unknown, used, cancelled or expired.");
        }

        return await GrainFactory.GetGrain<IUserGrain>(binding.UserId).ActivateDevice(new ActivationRequest(
            binding.EnrolmentId, activation.ActivationCode, activation.DeviceId, activation.PublicKey,
            activation.Platform, activation.PushToken, activation.DeviceName, activation.AppVersion));
    }
}
