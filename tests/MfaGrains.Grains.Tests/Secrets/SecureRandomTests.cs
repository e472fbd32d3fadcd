using MfaGrains.Grains.Identifiers;

namespace MfaGrains.Grains.Tests.Secrets;

/// <summary>The shapes of the random values the contract fixes.</summary>
public sealed class SecureRandomTests
{
    [Fact]
    public void Activation_codes_are_nine_digits()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.Matches("^[0-9]{9}$", SecureRandom.ActivationCode());
        }
    }

    [Fact]
    public void Passcodes_are_six_digits_leading_zeros_included()
    {
        var codes = Enumerable.Range(0, 5000).Select(_ => SecureRandom.Passcode()).ToList();

        Assert.All(codes, code => Assert.Matches("^[0-9]{6}$", code));

        // The first digit is uniform over 0-9: 5,000 draws all missing 0 has probability 0.9^5000.
        Assert.Contains(codes, code => code[0] == '0');
    }

    [Theory]
    [InlineData(2, 10, 99)]
    [InlineData(3, 100, 999)]
    public void Matching_numbers_have_the_configured_digits_and_no_leading_zero(int digits, int low, int high)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < 5000; i++)
        {
            var number = SecureRandom.MatchingNumber(digits);
            Assert.Matches($"^[1-9][0-9]{{{digits - 1}}}$", number);
            seen.Add(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.InRange(seen.Min(), low, high);
        Assert.InRange(seen.Max(), low, high);
        if (digits == 2)
        {
            // 5,000 uniform draws from 90 values miss one with probability ~ 90 * e^-55.
            Assert.Equal(90, seen.Count);
        }
    }

    [Fact]
    public void Identifiers_are_prefixed_url_safe_and_carry_128_random_bits()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => SecureRandom.NewId("chl_")).ToList();

        Assert.All(ids, id => Assert.Matches("^chl_[A-Za-z0-9_-]{22}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
