using MfaGrains.Api.Http;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>One spelling per user id: NFC, lower case; look-alikes and unstorable ids refused (docs/api.md, "User ids").</summary>
public sealed class UserIdSpellingTests
{
    [Fact]
    public void Decomposed_and_precomposed_spellings_are_one_id()
    {
        Assert.True(UserIds.TryNormalize("Zoe\u0308@nhs.net", out var decomposed));
        Assert.True(UserIds.TryNormalize("Zo\u00EB@nhs.net", out var precomposed));

        Assert.Equal("zo\u00EB@nhs.net", decomposed);
        Assert.Equal(precomposed, decomposed);
    }

    [Fact]
    public void The_kelvin_sign_is_canonically_a_k_so_it_names_the_same_account()
    {
        Assert.True(UserIds.TryNormalize("\u212Aate@nhs.net", out var kelvin));

        Assert.Equal("kate@nhs.net", kelvin);
    }

    [Theory]
    [InlineData("\u200Bkate@nhs.net")]
    [InlineData("kate\u200D@nhs.net")]
    [InlineData("kate@nhs\u202E.net")]
    [InlineData("kate@nhs\u2066.net")]
    [InlineData("ka\u00ADte@nhs.net")]
    [InlineData("\uFEFFkate")]
    public void Format_characters_are_refused(string raw) => Assert.False(UserIds.TryNormalize(raw, out _));

    [Theory]
    [InlineData("\uFF4Bate@nhs.net")]
    [InlineData("\uFB01ona@nhs.net")]
    [InlineData("kate\u00B2@nhs.net")]
    [InlineData("kate\u00A0smith")]
    public void Compatibility_characters_are_refused(string raw) => Assert.False(UserIds.TryNormalize(raw, out _));

    [Theory]
    [InlineData(" ")]
    [InlineData("\u00A0")]
    [InlineData("\u2028")]
    [InlineData("\u3000")]
    [InlineData(" kate")]
    [InlineData("kate ")]
    [InlineData("kate\u2029x")]
    public void White_space_at_either_end_or_line_separators_are_refused(string raw) => Assert.False(UserIds.TryNormalize(raw, out _));

    [Theory]
    [InlineData("{}")]
    [InlineData("jane{0}doe")]
    [InlineData("}")]
    public void Braces_are_refused(string raw) => Assert.False(UserIds.TryNormalize(raw, out _));

    // Built in code: a lone surrogate does not survive xUnit's serialisation of inline data.
    [Fact]
    public void Lone_surrogates_and_private_use_characters_are_refused()
    {
        Assert.False(UserIds.TryNormalize("kate" + (char)0xD800, out _));
        Assert.False(UserIds.TryNormalize((char)0xDC00 + "kate", out _));
        Assert.False(UserIds.TryNormalize("kate" + (char)0xE000, out _));
    }

    [Theory]
    [InlineData("jane smith@nhs.net")]
    [InlineData("\u6E21\u8FBA@nhs.net")]
    [InlineData("o'brien+mfa@nhs.net")]
    [InlineData("\U0001F600@nhs.net")]
    public void Ordinary_ids_are_accepted(string raw) => Assert.True(UserIds.TryNormalize(raw, out _));
}
