using MfaGrains.Grains.Identifiers;
using MfaGrains.Grains.Metrics;
using MfaGrains.Grains.Secrets;
using MfaGrains.Messaging.Sending;

namespace MfaGrains.Grains.Users;

/// <summary>Passcode verification and SMS/voice codes. Each accepted or refused code is one write; a locked refusal is none.</summary>
public sealed partial class UserGrain
{
    public async Task<MfaResult<PasscodeVerification>> VerifyPasscode(string code)
    {
        if (!state.RecordExists)
        {
            return UserNotFound();
        }

        var verified = Account.VerifyPasscode(code, Settle());
        if (verified.Value is not { } verdict)
        {
            metrics.PasscodeChecked(null, PasscodeOutcome.Locked);
            return verified;
        }

        // Written either way: an accepted step or code must stay used after a restart (replays), and a refusal must still
        // count after one (the lock). Refusals are rare for honest users, so the write is cheap where it matters.
        await Save();
        LogVerdict(verdict);
        return verdict;
    }

    public async Task<MfaResult> SetPhoneNumber(string phoneNumber)
    {
        Settle();
        var set = Account.SetPhoneNumber(phoneNumber);
        if (!set.Succeeded)
        {
            return set;
        }

        await Save();
        return MfaResult.Ok;
    }

    /// <summary>Checks the limits, finds a sender, persists the code's hash, and only then hands the code over.</summary>
    public async Task<MfaResult<PasscodeSent>> SendPasscode(PhoneChannel channel)
    {
        var now = Settle();
        if (Account.RefusePhoneCode(now) is { } refusal)
        {
            return refusal;
        }

        var wire = channel == PhoneChannel.Voice ? PasscodeChannel.Voice : PasscodeChannel.Sms;
        if (passcodeSenders.FirstOrDefault(s => s.Serves(wire)) is not { } sender)
        {
            UserGrainLog.NoPasscodeSender(logger, channel);
            return new MfaFailure(MfaErrorCode.ValidationFailed, $"This engine has no {wire} sender configured; ask for another channel.");
        }

        if (await RefuseCostlySend(state.State.Passcodes.PhoneNumber!) is { } costly)
        {
            return costly;
        }

        var code = SecureRandom.Passcode();
        var issued = Account.IssuePhoneCode(channel, hasher.Hash(SecretPurposes.PhoneCode, code), now);

        // Durable before the person can hold it: a code that arrives always verifies, even after a restart.
        await Save();
        var message = new PasscodeMessage(wire, state.State.Passcodes.PhoneNumber!, code, issued.ExpiresAt, SecureRandom.NewId(IdPrefixes.PasscodeSend));
        await Deliver(sender, message, channel);
        return new PasscodeSent(channel, issued.ExpiresAt);
    }

    /// <summary>Awaits the gateway, bounded in time; whatever it answers is logged (never the code), not returned.</summary>
    private async Task Deliver(IPasscodeSender sender, PasscodeMessage message, PhoneChannel channel)
    {
        var timeout = policy.Passcodes.SendTimeout;
        using var stop = new CancellationTokenSource(timeout);
        try
        {
            var result = await sender.SendAsync(message, stop.Token);
            if (result.Accepted)
            {
                UserGrainLog.PasscodeSent(logger, message.Reference, channel, result.GatewayId);
            }
            else
            {
                UserGrainLog.PasscodeRefusedByGateway(logger, message.Reference, channel, result.Error);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            UserGrainLog.PasscodeSendTimedOut(logger, message.Reference, channel, timeout);
        }
        catch (Exception exception)
        {
            // The type only: an exception's message may quote the request it failed on.
            UserGrainLog.PasscodeSendFailed(logger, message.Reference, channel, exception.GetType().Name);
        }
    }

    private void LogVerdict(PasscodeVerification verdict)
    {
        if (verdict.Valid)
        {
            UserGrainLog.PasscodeAccepted(logger, verdict.Method!.Value, verdict.DeviceId, verdict.TotpId);
        }
        else if (state.State.Passcodes.LockedUntil is { } lockedUntil)
        {
            UserGrainLog.PasscodesLocked(logger, lockedUntil);
        }
        else
        {
            UserGrainLog.PasscodeRefused(logger);
        }
    }
}
