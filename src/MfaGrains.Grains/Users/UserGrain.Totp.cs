using MfaGrains.Grains.Identifiers;
using MfaGrains.Grains.Passcodes;

namespace MfaGrains.Grains.Users;

/// <summary>Standalone TOTP authenticators: create (the seed's one clear appearance), QR seed until confirmed, confirm, remove.</summary>
public sealed partial class UserGrain
{
    public async Task<MfaResult<TotpCreated>> CreateTotp()
    {
        var now = Settle();
        if (Account.RefuseAnotherTotp() is { } refusal)
        {
            return refusal;
        }

        var secret = TotpSeed.NewBase32();
        var totp = Account.AddTotp(SecureRandom.NewId(IdPrefixes.Totp), TotpSeed.Seal(protector, secret), now);
        await Save();
        UserGrainLog.TotpCreated(logger, totp.Id);
        return new TotpCreated(totp.Id, UserId, secret);
    }

    public Task<MfaResult<TotpEnrolmentSecret>> GetTotpEnrolmentSecret(string totpId)
    {
        Settle();
        var found = Account.FindUnconfirmedTotp(totpId);
        return Task.FromResult<MfaResult<TotpEnrolmentSecret>>(found.Value is { } totp
            ? new TotpEnrolmentSecret(UserId, TotpSeed.UnsealBase32(protector, totp.Seed))
            : found.Failure!);
    }

    public async Task<MfaResult> ConfirmTotp(string totpId, string code)
    {
        var now = Settle();
        var alreadyConfirmed = Account.FindTotp(totpId)?.Confirmed == true;
        var confirmed = Account.ConfirmTotp(totpId, code, now);
        if (!confirmed.Succeeded)
        {
            return confirmed.Failure!;
        }

        if (!alreadyConfirmed)
        {
            await Save();
            UserGrainLog.TotpConfirmed(logger, totpId);
        }

        return MfaResult.Ok;
    }

    public async Task<MfaResult> RemoveTotp(string totpId)
    {
        var removed = Account.RemoveTotp(totpId, Settle());
        if (!removed.Succeeded)
        {
            return removed;
        }

        await Save();
        UserGrainLog.TotpRemoved(logger, totpId);
        return MfaResult.Ok;
    }
}
