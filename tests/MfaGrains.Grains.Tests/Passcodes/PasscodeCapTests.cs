using MfaGrains.Grains.Tests.Users;
using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>100 refused passcodes in a row lock passcodes until the portal unlocks them, however slowly they come (NIST SP 800-63B §5.2.2).</summary>
public sealed class PasscodeCapTests
{
    private readonly TestAccount _account = new();

    public PasscodeCapTests() => _account.AddActiveDevice("phone-a");

    private string CurrentCode => TestCodes.At(_account.DeviceSeeds["phone-a"], _account.Now);

    [Fact]
    public void A_hundred_refusals_spread_over_simulated_days_lock_passcodes_until_unlocked()
    {
        // Four guesses every 20 minutes never trips the time-limited lock; 99 of them take about eight hours.
        for (var i = 0; i < 99; i++)
        {
            Assert.False(Verify(TestCodes.Other(CurrentCode)).Value!.Valid);
            _account.Advance(i % 4 == 3 ? TimeSpan.FromMinutes(20) : TimeSpan.FromSeconds(1));
        }

        _account.Advance(TimeSpan.FromDays(3));
        Assert.False(Verify(TestCodes.Other(CurrentCode)).Value!.Valid);

        _account.Advance(TimeSpan.FromDays(30));
        var refused = Verify(CurrentCode);
        Assert.Equal(MfaErrorCode.Locked, refused.Failure?.Code);
        Assert.Equal(UserAccount.LockedUntilUnlock, refused.Failure?.RetryAt);
        Assert.Equal(UserAccount.LockedUntilUnlock, _account.Account.ToAccountView(_account.Now).PasscodeLockedUntil);

        _account.Account.Unlock(_account.Now);
        Assert.True(Verify(CurrentCode).Value!.Valid);
    }

    [Fact]
    public void The_time_limited_locks_in_between_do_not_reset_the_count()
    {
        for (var round = 0; round < 20; round++)
        {
            for (var i = 0; i < 5; i++)
            {
                Verify("junk");
            }

            _account.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(MfaErrorCode.Locked, Verify(CurrentCode).Failure?.Code);
    }

    [Fact]
    public void An_accepted_code_starts_the_count_again()
    {
        for (var i = 0; i < 99; i++)
        {
            Verify("junk");
            _account.Advance(TimeSpan.FromHours(1));
        }

        Assert.True(Verify(CurrentCode).Value!.Valid);
        _account.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 99; i++)
        {
            Verify("junk");
            _account.Advance(TimeSpan.FromHours(1));
        }

        Assert.True(Verify(CurrentCode).Value!.Valid);
    }

    private MfaResult<PasscodeVerification> Verify(string code)
    {
        _account.Settle();
        return _account.Account.VerifyPasscode(code, _account.Now);
    }
}
