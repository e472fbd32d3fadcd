using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Users;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>SMS and voice codes: a phone number first, 3 sends per 15 minutes, 5 minutes of life, single use, the newest only.</summary>
public sealed class PhoneCodeTests
{
    private readonly TestAccount _account = new();

    [Fact]
    public void Without_a_phone_number_no_code_is_sent()
    {
        Assert.Equal(MfaErrorCode.PhoneNumberMissing, _account.Account.RefusePhoneCode(_account.Now)?.Code);
    }

    [Fact]
    public void A_number_that_is_not_E164_is_refused_and_changes_nothing()
    {
        Assert.Equal(MfaErrorCode.InvalidPhoneNumber, _account.Account.SetPhoneNumber("07700 900123").Failure?.Code);

        Assert.Null(_account.State.Passcodes.PhoneNumber);
    }

    [Fact]
    public void A_sent_code_is_valid_once_and_reports_its_channel()
    {
        SetPhone();
        Issue(PhoneChannel.Voice, "123456");

        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Voice, null, null), Verify("123456"));
        Assert.False(Verify("123456").Valid);
    }

    [Fact]
    public void A_code_lives_five_minutes()
    {
        SetPhone();
        Issue(PhoneChannel.Sms, "123456");

        _account.Advance(TimeSpan.FromMinutes(5));

        Assert.False(Verify("123456").Valid);
        Assert.Null(_account.State.Passcodes.PhoneCode);
    }

    [Fact]
    public void A_code_still_verifies_a_second_before_its_five_minutes_are_up_and_then_only_once()
    {
        SetPhone();
        Issue(PhoneChannel.Sms, "123456");

        _account.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));

        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Sms, null, null), Verify("123456"));
        Assert.False(Verify("123456").Valid);
    }

    [Fact]
    public void A_new_code_replaces_the_old_one()
    {
        SetPhone();
        Issue(PhoneChannel.Sms, "111111");
        Issue(PhoneChannel.Sms, "222222");

        Assert.False(Verify("111111").Valid);
        Assert.Equal(PasscodeMethod.Sms, Verify("222222").Method);
    }

    [Fact]
    public void Changing_the_number_voids_a_code_sent_to_the_old_one()
    {
        SetPhone();
        Issue(PhoneChannel.Sms, "123456");

        Assert.True(_account.Account.SetPhoneNumber("+447700900999").Succeeded);

        Assert.False(Verify("123456").Valid);
    }

    [Fact]
    public void Three_sends_per_fifteen_minutes_then_too_many_attempts_until_the_oldest_leaves_the_window()
    {
        SetPhone();
        var first = _account.Now;
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(_account.Account.RefusePhoneCode(_account.Now));
            Issue(PhoneChannel.Sms, "123456");
            _account.Advance(TimeSpan.FromMinutes(1));
        }

        var refusal = _account.Account.RefusePhoneCode(_account.Now);
        Assert.Equal(MfaErrorCode.TooManyAttempts, refusal?.Code);
        Assert.Equal(first + TimeSpan.FromMinutes(15), refusal?.RetryAt);

        _account.AdvanceTo(first + TimeSpan.FromMinutes(15));
        _account.Settle();
        Assert.Null(_account.Account.RefusePhoneCode(_account.Now));
    }

    [Fact]
    public void While_passcodes_are_locked_no_code_is_sent()
    {
        SetPhone();
        for (var i = 0; i < 5; i++)
        {
            Verify("junk");
        }

        Assert.Equal(MfaErrorCode.Locked, _account.Account.RefusePhoneCode(_account.Now)?.Code);
    }

    [Fact]
    public void Only_the_codes_keyed_hash_is_stored()
    {
        SetPhone();
        Issue(PhoneChannel.Sms, "123456");

        var stored = _account.State.Passcodes.PhoneCode!;
        Assert.NotEqual("123456", stored.CodeHash);
        Assert.True(_account.Hasher.Matches(SecretPurposes.PhoneCode, "123456", stored.CodeHash));
    }

    [Fact]
    public void The_account_view_shows_the_number_masked()
    {
        SetPhone();

        Assert.Equal("+44••••••0123", _account.Account.ToAccountView(_account.Now).PhoneNumber);
    }

    private void SetPhone() => Assert.True(_account.Account.SetPhoneNumber("+447700900123").Succeeded);

    private void Issue(PhoneChannel channel, string code)
    {
        _account.Settle();
        _account.Account.IssuePhoneCode(channel, _account.Hasher.Hash(SecretPurposes.PhoneCode, code), _account.Now);
    }

    private PasscodeVerification Verify(string code)
    {
        _account.Settle();
        return _account.Account.VerifyPasscode(code, _account.Now).Value!;
    }
}
