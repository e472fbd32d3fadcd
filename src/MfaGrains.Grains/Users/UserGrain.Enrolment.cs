using MfaGrains.Contracts.References;
using MfaGrains.Grains.Identifiers;
using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Secrets;

namespace MfaGrains.Grains.Users;

public sealed partial class UserGrain
{
    private const int CodeReservationAttempts = 5;

    public async Task<MfaResult<EnrolmentCreated>> CreateEnrolment(string? deviceLabel)
    {
        var now = Settle();
        if (Account.RefuseAnotherDevice(now) is { } refusal)
        {
            return refusal;
        }

        var enrolmentId = SecureRandom.NewId(IdPrefixes.Enrolment);
        var expiresAt = now + policy.Enrolment.Lifetime;
        var (code, codeHash) = await ReserveActivationCode(new ActivationCodeBinding(UserId, enrolmentId, expiresAt));
        Account.StartEnrolment(enrolmentId, deviceLabel, codeHash, protector.Protect(SecretPurposes.ActivationCode, code), now);
        await Save();
        UserGrainLog.EnrolmentStarted(logger, enrolmentId);
        return new EnrolmentCreated(enrolmentId, UserId, code, expiresAt);
    }

    public Task<MfaResult<EnrolmentView>> GetEnrolment(string enrolmentId)
    {
        Settle();
        return Task.FromResult<MfaResult<EnrolmentView>>(Account.FindEnrolment(enrolmentId) is { } enrolment
            ? Account.ToView(enrolment)
            : EnrolmentNotFound());
    }

    public Task<MfaResult<string>> GetActivationCode(string enrolmentId)
    {
        Settle();
        return Task.FromResult<MfaResult<string>>(Account.FindEnrolment(enrolmentId) is { Status: EnrolmentStatus.AwaitingActivation, SealedCode: { } sealedCode }
            ? protector.Unprotect(SecretPurposes.ActivationCode, sealedCode)
            : EnrolmentNotFound());
    }

    public async Task<MfaResult> CancelEnrolment(string enrolmentId)
    {
        var deviceId = Account.FindEnrolment(enrolmentId)?.DeviceId;
        var cancelled = Account.CancelEnrolment(enrolmentId, Settle());
        if (!cancelled.Succeeded)
        {
            return cancelled.Failure!;
        }

        await Save();
        await GrainFactory.Get<IActivationCodeGrain>(cancelled.Value!.CodeHash).Release(enrolmentId);
        if (deviceId is not null)
        {
            await GrainFactory.Get<IDeviceGrain>(deviceId).Unregister(UserId);
        }

        return MfaResult.Ok;
    }

    public async Task<MfaResult<ActivationAccepted>> ActivateDevice(ActivationRequest request)
    {
        var now = Settle();
        var checkedEnrolment = Account.CheckActivation(request, now);
        if (checkedEnrolment.Value is not { } enrolment)
        {
            return checkedEnrolment.Failure!;
        }

        // The key is claimed before the account records the device: a crash in between leaves a registration that
        // no account lists, which the next activation of that key may take over.
        var registration = new DeviceRegistration(UserId, request.PublicKey, request.Platform, null, request.DeviceName, request.AppVersion);
        var registered = await GrainFactory.Get<IDeviceGrain>(request.DeviceId).Register(registration);
        if (!registered.Succeeded)
        {
            return registered.Failure!;
        }

        // The app's offline-code seed: stored sealed, and this answer is the only time it leaves the engine in the clear.
        var totpSecret = TotpSeed.NewBase32();
        Account.Activate(enrolment, request, TotpSeed.Seal(protector, totpSecret), Seal(request.PushToken), now);
        await Save();
        await GrainFactory.Get<IActivationCodeGrain>(enrolment.CodeHash).Release(enrolment.Id);
        UserGrainLog.DeviceActivated(logger, enrolment.Id, request.DeviceId);
        return new ActivationAccepted(request.DeviceId, UserId, enrolment.Id, totpSecret);
    }

    private async Task<(string Code, string CodeHash)> ReserveActivationCode(ActivationCodeBinding binding)
    {
        for (var attempt = 0; attempt < CodeReservationAttempts; attempt++)
        {
            var code = SecureRandom.ActivationCode();
            var codeHash = hasher.Hash(SecretPurposes.ActivationCode, code);
            if (await GrainFactory.Get<IActivationCodeGrain>(codeHash).TryReserve(binding))
            {
                return (code, codeHash);
            }
        }

        throw new InvalidOperationException("Could not find a free activation code; the live code space is nearly exhausted.");
    }

    private static MfaFailure EnrolmentNotFound() => new(MfaErrorCode.EnrolmentNotFound, "No such enrolment for this user, or it no longer has a code.");
}
