using MfaGrains.Contracts.Passcodes;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Passcodes;

/// <summary>Builds the <c>otpauth://totp/…</c> Key URI that authenticator apps scan, with the configured issuer.</summary>
public sealed class TotpKeyUris(IOptions<TotpIssuerOptions> options)
{
    private readonly string _issuer = Uri.EscapeDataString(options.Value.Issuer);

    /// <summary>The URI for <paramref name="userId"/>'s seed: label <c>Issuer:userId</c> (each part URL-encoded), then the parameters.</summary>
    public string For(string userId, string base32Secret) =>
        $"otpauth://totp/{_issuer}:{Uri.EscapeDataString(userId)}?secret={base32Secret}&issuer={_issuer}"
        + $"&algorithm={TotpParameters.Algorithm}&digits={TotpParameters.Digits}&period={TotpParameters.PeriodSeconds}";
}
