using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Metrics;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    /// <summary>While passcodes are locked every code, right or wrong, is refused unread.</summary>
    public MfaFailure? RefuseWhilePasscodesLocked(DateTimeOffset now) =>
        state.Passcodes.LockedUntil > now
            ? new MfaFailure(MfaErrorCode.Locked, "Passcodes are locked after too many wrong codes.", state.Passcodes.LockedUntil)
            : null;

    /// <summary>
    /// Checks a passcode in order: the lock, then the TOTP of every active device and every confirmed standalone
    /// authenticator, then the live SMS/voice code. An accepted TOTP step or phone code is used up; a refusal (wrong,
    /// malformed or replayed) is recorded toward the lock.
    /// </summary>
    public MfaResult<PasscodeVerification> VerifyPasscode(string code, DateTimeOffset now)
    {
        if (RefuseWhilePasscodesLocked(now) is { } locked)
        {
            return locked;
        }

        var verdict = IsSixDigits(code) ? AcceptTotp(code, now) ?? AcceptPhoneCode(code, now) : null;
        if (verdict is null)
        {
            _events.Add(new PasscodeChecked(null, PasscodeOutcome.Refused, null, now));
            RecordPasscodeFailure(now);
            return PasscodeVerification.Refused;
        }

        // The person has just proved themselves; earlier slips of theirs should not count toward locking them out.
        state.Passcodes.FailedAt.Clear();
        state.Passcodes.ConsecutiveFailures = 0;
        _events.Add(new PasscodeChecked(verdict.Method, PasscodeOutcome.Accepted, verdict.DeviceId, now));
        return verdict;
    }

    private PasscodeVerification? AcceptTotp(string code, DateTimeOffset now)
    {
        foreach (var device in state.Devices.Where(d => d is { Status: DeviceStatus.Active, TotpSeed: not null }))
        {
            if (TotpCode.Match(TotpSeed.Unseal(protector, device.TotpSeed!), code, now, device.LastTotpStep) is { } step)
            {
                device.LastTotpStep = step;
                return new PasscodeVerification(true, PasscodeMethod.Totp, device.Id, null);
            }
        }

        foreach (var totp in state.Passcodes.Totps.Where(t => t.Confirmed))
        {
            if (TotpCode.Match(TotpSeed.Unseal(protector, totp.Seed), code, now, totp.LastAcceptedStep) is { } step)
            {
                totp.LastAcceptedStep = step;
                return new PasscodeVerification(true, PasscodeMethod.Totp, null, totp.Id);
            }
        }

        return null;
    }

    private PasscodeVerification? AcceptPhoneCode(string code, DateTimeOffset now)
    {
        if (state.Passcodes.PhoneCode is not { } sent || sent.ExpiresAt <= now || !hasher.Matches(SecretPurposes.PhoneCode, code, sent.CodeHash))
        {
            return null;
        }

        state.Passcodes.PhoneCode = null;
        return new PasscodeVerification(true, sent.Channel == PhoneChannel.Voice ? PasscodeMethod.Voice : PasscodeMethod.Sms, null, null);
    }

    /// <summary>Counts a refusal; the one that makes <see cref="Options.PasscodeOptions.FailuresBeforeLock"/> within the window locks.</summary>
    private void RecordPasscodeFailure(DateTimeOffset now)
    {
        var passcodes = state.Passcodes;
        var rules = policy.Passcodes;
        passcodes.FailedAt.RemoveAll(at => at <= now - rules.FailureWindow);
        passcodes.FailedAt.Add(now);
        if (passcodes.FailedAt.Count >= rules.FailuresBeforeLock)
        {
            passcodes.LockedUntil = now + rules.Lock;
            passcodes.FailedAt.Clear();
            _events.Add(new LockStarted(AccountLock.PasscodeLock, passcodes.LockedUntil.Value, now));
        }

        CountConsecutivePasscodeFailure();
    }

    /// <summary>Forgets what time has made irrelevant: an ended lock, old failures and sends, an expired code, unconfirmed authenticators left too long.</summary>
    private void SettlePasscodes(DateTimeOffset now)
    {
        var passcodes = state.Passcodes;
        var rules = policy.Passcodes;
        if (passcodes.LockedUntil <= now)
        {
            passcodes.LockedUntil = null;
        }

        passcodes.FailedAt.RemoveAll(at => at <= now - rules.FailureWindow);
        passcodes.SentAt.RemoveAll(at => at <= now - rules.SendWindow);
        if (passcodes.PhoneCode?.ExpiresAt <= now)
        {
            passcodes.PhoneCode = null;
        }

        passcodes.Totps.RemoveAll(t => !IsTotpLive(t, now));
    }

    private static bool IsSixDigits(string code) => code.Length == TotpParameters.Digits && code.All(char.IsAsciiDigit);
}
