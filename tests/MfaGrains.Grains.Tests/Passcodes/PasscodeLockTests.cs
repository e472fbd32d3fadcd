using MfaGrains.Grains.Tests.Users;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>The 5th refused code within 5 minutes locks passcodes for 15 minutes; every code then gets 423 until it ends or an unlock.</summary>
public sealed class PasscodeLockTests
{
    private static readonly TimeSpan Lock = TimeSpan.FromMinutes(15);
    private readonly TestAccount _account = new();

    public PasscodeLockTests() => _account.AddActiveDevice("phone-a");

    private string CurrentCode => TestCodes.At(_account.DeviceSeeds["phone-a"], _account.Now);

    [Fact]
    public void The_fifth_refusal_within_five_minutes_locks_passcodes_for_fifteen()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.False(Verify(TestCodes.Other(CurrentCode)).Value!.Valid);
            _account.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Null(_account.Account.ToAccountView(_account.Now).PasscodeLockedUntil);
        Assert.False(Verify(TestCodes.Other(CurrentCode)).Value!.Valid);

        var lockedUntil = _account.Now + Lock;
        Assert.Equal(lockedUntil, _account.Account.ToAccountView(_account.Now).PasscodeLockedUntil);
        var refused = Verify(CurrentCode);
        Assert.Equal(MfaErrorCode.Locked, refused.Failure?.Code);
        Assert.Equal(lockedUntil, refused.Failure?.RetryAt);

        _account.AdvanceTo(lockedUntil - TimeSpan.FromTicks(1));
        Assert.Equal(MfaErrorCode.Locked, Verify(CurrentCode).Failure?.Code);
        _account.AdvanceTo(lockedUntil);
        Assert.True(Verify(CurrentCode).Value!.Valid);
    }

    [Fact]
    public void Refusals_older_than_the_window_do_not_count()
    {
        for (var i = 0; i < 4; i++)
        {
            Verify("000000x");
        }

        _account.Advance(TimeSpan.FromMinutes(5));
        Verify("000000x");

        Assert.Null(_account.Account.ToAccountView(_account.Now).PasscodeLockedUntil);
        Assert.True(Verify(CurrentCode).Value!.Valid);
    }

    [Fact]
    public void A_refusal_while_locked_is_not_read_and_not_counted()
    {
        Lockout();
        var failures = _account.State.Passcodes.FailedAt.Count;

        Assert.Equal(MfaErrorCode.Locked, Verify("junk").Failure?.Code);

        Assert.Equal(failures, _account.State.Passcodes.FailedAt.Count);
    }

    [Fact]
    public void An_accepted_code_forgets_earlier_refusals()
    {
        for (var i = 0; i < 4; i++)
        {
            Verify("junk");
        }

        Assert.True(Verify(CurrentCode).Value!.Valid);
        for (var i = 0; i < 4; i++)
        {
            Verify("junk");
        }

        Assert.Null(_account.Account.ToAccountView(_account.Now).PasscodeLockedUntil);
    }

    [Fact]
    public void Unlock_lifts_the_passcode_lock_and_forgets_the_refusals()
    {
        Lockout();
        Verify("junk");

        _account.Account.Unlock(_account.Now);

        Assert.Null(_account.Account.ToAccountView(_account.Now).PasscodeLockedUntil);
        Assert.True(Verify(CurrentCode).Value!.Valid);
        Assert.Empty(_account.State.Passcodes.FailedAt);
    }

    [Fact]
    public void The_passcode_lock_is_separate_from_the_push_lock()
    {
        Lockout();

        Assert.Null(_account.RefusedSignIn());
        Assert.Null(_account.Account.ToAccountView(_account.Now).PushLockedUntil);
    }

    [Fact]
    public void The_limits_are_configurable()
    {
        var strict = new TestAccount(passcodes: o => { o.FailuresBeforeLock = 2; o.Lock = TimeSpan.FromMinutes(1); });
        strict.Settle();
        strict.Account.VerifyPasscode("junk", strict.Now);
        strict.Account.VerifyPasscode("junk", strict.Now);

        Assert.Equal(strict.Now + TimeSpan.FromMinutes(1), strict.Account.ToAccountView(strict.Now).PasscodeLockedUntil);
    }

    private void Lockout()
    {
        for (var i = 0; i < 5; i++)
        {
            Verify("junk");
        }

        Assert.NotNull(_account.Account.ToAccountView(_account.Now).PasscodeLockedUntil);
    }

    private MfaResult<PasscodeVerification> Verify(string code)
    {
        _account.Settle();
        return _account.Account.VerifyPasscode(code, _account.Now);
    }
}
