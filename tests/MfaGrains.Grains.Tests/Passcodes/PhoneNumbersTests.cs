using MfaGrains.Grains.Passcodes;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>E.164 numbers: accepted as the contract says, shown masked.</summary>
public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("+447700900123")]
    [InlineData("+12025550123")]
    [InlineData("+49301234")]
    [InlineData("+123456789012345")]
    public void E164_numbers_are_accepted(string number) => Assert.True(PhoneNumbers.IsE164(number));

    [Theory]
    [InlineData("447700900123")]
    [InlineData("+047700900123")]
    [InlineData("+4477009")]
    [InlineData("+1234567890123456")]
    [InlineData("+44 7700 900123")]
    [InlineData("+447700900123\n")]
    [InlineData("+44770090012\u0663")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? number) => Assert.False(PhoneNumbers.IsE164(number));

    [Theory]
    [InlineData("+447700900123", "+44••••••0123")]
    [InlineData("+12025550123", "+12•••••0123")]
    [InlineData("+49301234", "+49••1234")]
    public void The_mask_keeps_the_first_two_digits_and_the_last_four(string number, string masked) =>
        Assert.Equal(masked, PhoneNumbers.Mask(number));
}
