using System.Buffers.Text;
using MfaGrains.Api.Signatures;
using MfaGrains.Api.Tests.Phones;
using MfaGrains.Contracts.Devices;

namespace MfaGrains.Api.Tests.Signatures;

public sealed class P256PublicKeyTests
{
    // RFC 9449 (DPoP) §6.1: an EC P-256 JWK and its published RFC 7638 thumbprint.
    private const string Rfc9449X = "l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs";
    private const string Rfc9449Y = "9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA";
    private const string Rfc9449Thumbprint = "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I";

    [Fact]
    public void Thumbprint_matches_the_published_RFC_9449_example()
    {
        Assert.Equal(Rfc9449Thumbprint, JwkThumbprint.Compute(Rfc9449X, Rfc9449Y));
        Assert.True(P256PublicKey.TryCreate(Rfc9449X, Rfc9449Y, out var key));
        Assert.Equal(Rfc9449Thumbprint, key.Thumbprint);
    }

    [Fact]
    public void Thumbprint_matches_the_phone_s_independent_computation()
    {
        for (var i = 0; i < 5; i++)
        {
            using var phone = new TestPhoneSigner();

            Assert.True(P256PublicKey.TryCreate(phone.PublicKeyX, phone.PublicKeyY, out var key));
            Assert.Equal(phone.DeviceId, key.Thumbprint);
            Assert.Equal(phone.DeviceId, JwkThumbprint.Compute(phone.PublicKeyX, phone.PublicKeyY));
        }
    }

    [Fact]
    public void Point_off_the_curve_is_rejected()
    {
        var y = Base64Url.DecodeFromChars(Rfc9449Y);
        y[^1] ^= 1;

        Assert.False(P256PublicKey.TryCreate(Rfc9449X, Base64Url.EncodeToString(y), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBF")]
    [InlineData("l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFsA")]
    [InlineData("l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs=")]
    [InlineData("l8tFrhx+34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs")]
    [InlineData("l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFt")]
    [InlineData("l8tFrhx-34tV3hRICRDY9zCk lpBhF42UQUfWVAWBFs")]
    [InlineData("_____________________________________________________w")]
    [InlineData("__________________________________________8")]
    public void Coordinate_that_is_not_canonical_32_byte_base64url_is_rejected(string? x) =>
        Assert.False(P256PublicKey.TryCreate(x, Rfc9449Y, out _));

    [Fact]
    public void Thumbprint_refuses_text_that_could_break_out_of_the_JSON() =>
        Assert.Throws<ArgumentException>(() => JwkThumbprint.Compute("a\",\"kty\":\"RSA", Rfc9449Y));
}
