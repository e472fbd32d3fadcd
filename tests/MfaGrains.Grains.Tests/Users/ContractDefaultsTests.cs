using MfaGrains.Grains.Options;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>Left unconfigured, the engine applies the contract's defaults.</summary>
public sealed class ContractDefaultsTests
{
    [Fact]
    public void Abuse_limits_default_to_the_contract()
    {
        var limits = new AbuseLimitOptions();

        Assert.Equal(5, limits.SignInsPerWindow);
        Assert.Equal(TimeSpan.FromMinutes(5), limits.SignInWindow);
        Assert.Equal(3, limits.FailuresBeforeCoolDown);
        Assert.Equal(TimeSpan.FromMinutes(15), limits.CoolDown);
        Assert.Equal(TimeSpan.FromMinutes(60), limits.ReportLock);
    }

    [Fact]
    public void Challenges_live_sixty_seconds_with_a_two_digit_number_by_default()
    {
        var challenges = new ChallengeOptions();

        Assert.Equal(TimeSpan.FromSeconds(60), challenges.Lifetime);
        Assert.Equal(2, challenges.NumberDigits);
    }

    [Fact]
    public void Enrolments_live_ten_minutes_and_a_user_holds_five_devices_by_default()
    {
        var enrolment = new EnrolmentOptions();

        Assert.Equal(TimeSpan.FromMinutes(10), enrolment.Lifetime);
        Assert.Equal(5, enrolment.MaxDevicesPerUser);
    }
}
