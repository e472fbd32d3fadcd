using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    public TotpRecord? FindTotp(string totpId) => state.Passcodes.Totps.Find(t => t.Id == totpId);

    /// <summary>Refuses one more standalone authenticator when the user already holds the most allowed.</summary>
    public MfaFailure? RefuseAnotherTotp() =>
        state.Passcodes.Totps.Count < policy.Passcodes.MaxTotpsPerUser
            ? null
            : new MfaFailure(MfaErrorCode.TooManyDevices, $"A user may hold at most {policy.Passcodes.MaxTotpsPerUser} TOTP authenticators, counting unconfirmed ones.");

    public TotpRecord AddTotp(string totpId, ProtectedSecret sealedSeed, DateTimeOffset now)
    {
        var totp = new TotpRecord { Id = totpId, Seed = sealedSeed, CreatedAt = now };
        state.Passcodes.Totps.Add(totp);
        _events.Add(new TotpChanged(totpId, TotpStep.Added, now));
        return totp;
    }

    /// <summary>An authenticator still waiting for its confirming code: the only kind whose seed may be shown again (in its QR code).</summary>
    public MfaResult<TotpRecord> FindUnconfirmedTotp(string totpId) =>
        FindTotp(totpId) is { Confirmed: false } totp ? totp : TotpNotFound();

    /// <summary>
    /// Confirms an authenticator with a first code; that code's step counts as used. Confirming one already confirmed
    /// succeeds without looking at the code, so a retried request is harmless and the route is no verification oracle.
    /// </summary>
    public MfaResult<TotpRecord> ConfirmTotp(string totpId, string code, DateTimeOffset now)
    {
        if (FindTotp(totpId) is not { } totp)
        {
            return TotpNotFound();
        }

        if (totp.Confirmed)
        {
            return totp;
        }

        if (!IsSixDigits(code) || TotpCode.Match(TotpSeed.Unseal(protector, totp.Seed), code, now, totp.LastAcceptedStep) is not { } step)
        {
            return new MfaFailure(MfaErrorCode.InvalidCode, "The code does not match this authenticator's current code.");
        }

        totp.Confirmed = true;
        totp.LastAcceptedStep = step;
        _events.Add(new TotpChanged(totpId, TotpStep.Confirmed, now));
        return totp;
    }

    public MfaResult RemoveTotp(string totpId, DateTimeOffset now)
    {
        if (state.Passcodes.Totps.RemoveAll(t => t.Id == totpId) == 0)
        {
            return TotpNotFound();
        }

        _events.Add(new TotpChanged(totpId, TotpStep.Removed, now));
        return MfaResult.Ok;
    }

    /// <summary>Confirmed authenticators stay; unconfirmed ones live for <see cref="Options.PasscodeOptions.UnconfirmedTotpLifetime"/>.</summary>
    private bool IsTotpLive(TotpRecord totp, DateTimeOffset now) =>
        totp.Confirmed || now < totp.CreatedAt + policy.Passcodes.UnconfirmedTotpLifetime;

    private static MfaFailure TotpNotFound() => new(MfaErrorCode.TotpNotFound, "No such TOTP authenticator for this user.");
}
