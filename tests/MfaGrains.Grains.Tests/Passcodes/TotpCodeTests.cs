using System.Text;
using MfaGrains.Grains.Passcodes;
using OtpNet;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>
/// The TOTP computation against RFC 6238 Appendix B. The RFC's vectors are 8 digits; the engine verifies 6-digit codes,
/// which are the same HOTP value truncated modulo 10^6, so the vectors are checked at 8 digits through the same code
/// path, and the 6-digit codes are checked to be their last six digits.
/// </summary>
public sealed class TotpCodeTests
{
    private static readonly byte[] RfcSha1Seed = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void The_RFC_6238_SHA1_test_vectors_pass(long unixSeconds, string expected)
    {
        var step = TotpCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(expected, TotpCode.Compute(RfcSha1Seed, step, digits: 8));
        Assert.Equal(expected[^6..], TotpCode.Compute(RfcSha1Seed, step));
    }

    [Fact]
    public void Steps_are_whole_thirty_second_periods_since_the_epoch()
    {
        Assert.Equal(1L, TotpCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(59)));
        Assert.Equal(2L, TotpCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(60)));
        Assert.Equal(37037036L, TotpCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(1111111109)));
    }

    [Fact]
    public void A_code_matches_its_own_step_and_one_step_either_side_but_not_two()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var step = TotpCode.StepAt(now);

        Assert.Equal(step, TotpCode.Match(RfcSha1Seed, TotpCode.Compute(RfcSha1Seed, step), now, null));
        Assert.Equal(step - 1, TotpCode.Match(RfcSha1Seed, TotpCode.Compute(RfcSha1Seed, step - 1), now, null));
        Assert.Equal(step + 1, TotpCode.Match(RfcSha1Seed, TotpCode.Compute(RfcSha1Seed, step + 1), now, null));
        Assert.Null(TotpCode.Match(RfcSha1Seed, TotpCode.Compute(RfcSha1Seed, step - 2), now, null));
        Assert.Null(TotpCode.Match(RfcSha1Seed, TotpCode.Compute(RfcSha1Seed, step + 2), now, null));
    }

    [Fact]
    public void A_step_at_or_before_the_last_accepted_one_never_matches()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var step = TotpCode.StepAt(now);

        Assert.Null(TotpCode.Match(RfcSha1Seed, TotpCode.Compute(RfcSha1Seed, step), now, lastAcceptedStep: step));
        Assert.Null(TotpCode.Match(RfcSha1Seed, TotpCode.Compute(RfcSha1Seed, step - 1), now, lastAcceptedStep: step));
        Assert.Equal(step + 1, TotpCode.Match(RfcSha1Seed, TotpCode.Compute(RfcSha1Seed, step + 1), now, lastAcceptedStep: step));
    }

    [Fact]
    public void A_new_seed_is_twenty_random_bytes_in_unpadded_base32()
    {
        var seeds = Enumerable.Range(0, 20).Select(_ => TotpSeed.NewBase32()).ToList();

        Assert.All(seeds, seed =>
        {
            Assert.Matches("^[A-Z2-7]{32}$", seed);
            Assert.Equal(20, Base32Encoding.ToBytes(seed).Length);
        });
        Assert.Equal(seeds.Count, seeds.Distinct().Count());
    }
}
