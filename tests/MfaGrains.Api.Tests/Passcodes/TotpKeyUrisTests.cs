using System.ComponentModel.DataAnnotations;
using MfaGrains.Api.Passcodes;

namespace MfaGrains.Api.Tests.Passcodes;

/// <summary>The Key URI format: <c>otpauth://totp/Issuer:account?secret=…&amp;issuer=…&amp;algorithm=SHA1&amp;digits=6&amp;period=30</c>.</summary>
public sealed class TotpKeyUrisTests
{
    [Fact]
    public void The_label_and_issuer_are_url_encoded_and_the_parameters_fixed()
    {
        var uris = new TotpKeyUris(Microsoft.Extensions.Options.Options.Create(new TotpIssuerOptions { Issuer = "NHS mail & co" }));

        var uri = uris.For("jane.doe+test@nhs.net", "JBSWY3DPEHPK3PXP");

        Assert.Equal(
            "otpauth://totp/NHS%20mail%20%26%20co:jane.doe%2Btest%40nhs.net?secret=JBSWY3DPEHPK3PXP&issuer=NHS%20mail%20%26%20co&algorithm=SHA1&digits=6&period=30",
            uri);
    }

    [Theory]
    [InlineData("MfaGrains", true)]
    [InlineData("NHSmail", true)]
    [InlineData("Trust: NHS", false)]
    [InlineData("", false)]
    [InlineData("tab\tin", false)]
    public void The_issuer_is_validated_at_start_up(string issuer, bool valid)
    {
        var options = new TotpIssuerOptions { Issuer = issuer };

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }

    [Fact]
    public void The_issuer_is_at_most_64_characters()
    {
        var options = new TotpIssuerOptions { Issuer = new string('a', 65) };

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }
}
