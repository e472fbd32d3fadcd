using MfaGrains.Contracts.References;
using MfaGrains.Grains.Secrets;
using Orleans.Concurrency;

namespace MfaGrains.Grains.Enrolment;

/// <summary>
/// Resolves an activation code by its keyed hash. It returns only the binding: the activation itself (whose answer
/// carries the TOTP seed) goes from the API straight to the user grain, never through a grain-to-grain hop.
/// </summary>
[StatelessWorker]
[GrainType("activation-lookup")]
public sealed class ActivationLookupGrain(SecretHasher hasher) : Grain, IActivationLookupGrain
{
    public Task<ActivationCodeBinding?> Find(string activationCode) =>
        GrainFactory.Get<IActivationCodeGrain>(hasher.Hash(SecretPurposes.ActivationCode, activationCode)).Resolve();
}
