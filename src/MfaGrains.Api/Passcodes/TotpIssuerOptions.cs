using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Api.Passcodes;

/// <summary>How standalone TOTP authenticators name this service in authenticator apps; bound from <c>Mfa:Totp</c>.</summary>
public sealed class TotpIssuerOptions
{
    public const string Section = "Mfa:Totp";

    /// <summary>The Key URI's issuer, shown beside the account in the app (e.g. <c>NHSmail</c>). No colon: it separates issuer and account in the label.</summary>
    [Required, MaxLength(64), RegularExpression(@"^[^:\p{Cc}]+$", ErrorMessage = "Mfa:Totp:Issuer must be 1-64 characters without a colon or control characters.")]
    public string Issuer { get; set; } = "MfaGrains";
}
