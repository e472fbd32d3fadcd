using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Tests.Users;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>A standalone TOTP authenticator: usable only once a first code confirms it; that code's step is then used.</summary>
public sealed class StandaloneTotpTests
{
    private readonly TestAccount _account = new();
    private readonly string _seed = TotpSeed.NewBase32();

    [Fact]
    public void An_unconfirmed_authenticator_gives_no_valid_codes()
    {
        Add("totp_a");

        Assert.False(Verify(TestCodes.At(_seed, _account.Now)).Valid);
    }

    [Fact]
    public void Confirming_makes_it_usable_and_uses_up_the_confirming_step()
    {
        Add("totp_a");

        Assert.True(_account.Account.ConfirmTotp("totp_a", TestCodes.At(_seed, _account.Now), _account.Now).Succeeded);

        Assert.False(Verify(TestCodes.At(_seed, _account.Now)).Valid);
        _account.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Totp, null, "totp_a"), Verify(TestCodes.At(_seed, _account.Now)));
    }

    [Fact]
    public void A_wrong_confirming_code_is_invalid_code_and_does_not_count_toward_the_lock()
    {
        Add("totp_a");

        for (var i = 0; i < 6; i++)
        {
            var confirmed = _account.Account.ConfirmTotp("totp_a", TestCodes.Other(TestCodes.At(_seed, _account.Now)), _account.Now);
            Assert.Equal(MfaErrorCode.InvalidCode, confirmed.Failure?.Code);
        }

        Assert.Empty(_account.State.Passcodes.FailedAt);
        Assert.False(_account.Account.FindTotp("totp_a")!.Confirmed);
        Assert.Equal(MfaErrorCode.InvalidCode, _account.Account.ConfirmTotp("totp_a", "abc", _account.Now).Failure?.Code);
    }

    [Fact]
    public void Confirming_again_succeeds_without_reading_the_code()
    {
        Add("totp_a");
        Assert.True(_account.Account.ConfirmTotp("totp_a", TestCodes.At(_seed, _account.Now), _account.Now).Succeeded);
        var lastStep = _account.Account.FindTotp("totp_a")!.LastAcceptedStep;

        Assert.True(_account.Account.ConfirmTotp("totp_a", "junk", _account.Now).Succeeded);
        Assert.Equal(lastStep, _account.Account.FindTotp("totp_a")!.LastAcceptedStep);
    }

    [Fact]
    public void Unknown_ids_are_totp_not_found()
    {
        Assert.Equal(MfaErrorCode.TotpNotFound, _account.Account.ConfirmTotp("totp_x", "123456", _account.Now).Failure?.Code);
        Assert.Equal(MfaErrorCode.TotpNotFound, _account.Account.RemoveTotp("totp_x", _account.Now).Failure?.Code);
        Assert.Equal(MfaErrorCode.TotpNotFound, _account.Account.FindUnconfirmedTotp("totp_x").Failure?.Code);
    }

    [Fact]
    public void Its_seed_can_be_shown_again_only_until_it_is_confirmed()
    {
        Add("totp_a");
        Assert.True(_account.Account.FindUnconfirmedTotp("totp_a").Succeeded);

        _account.Account.ConfirmTotp("totp_a", TestCodes.At(_seed, _account.Now), _account.Now);

        Assert.Equal(MfaErrorCode.TotpNotFound, _account.Account.FindUnconfirmedTotp("totp_a").Failure?.Code);
    }

    [Fact]
    public void An_unconfirmed_authenticator_is_dropped_after_its_lifetime()
    {
        Add("totp_a");

        _account.Advance(TimeSpan.FromMinutes(10));
        _account.Settle();

        Assert.Null(_account.Account.FindTotp("totp_a"));
        Assert.Empty(_account.Account.ToAccountView(_account.Now).Totp);
    }

    [Fact]
    public void A_confirmed_authenticator_stays_and_shows_in_the_account_view()
    {
        var created = _account.Now;
        Add("totp_a");
        _account.Account.ConfirmTotp("totp_a", TestCodes.At(_seed, _account.Now), _account.Now);

        _account.Advance(TimeSpan.FromDays(30));
        _account.Settle();

        Assert.Equal([new TotpSummary("totp_a", true, created)], _account.Account.ToAccountView(_account.Now).Totp);
    }

    [Fact]
    public void Removing_it_stops_its_codes()
    {
        Add("totp_a");
        _account.Account.ConfirmTotp("totp_a", TestCodes.At(_seed, _account.Now), _account.Now);
        _account.Advance(TimeSpan.FromSeconds(30));

        Assert.True(_account.Account.RemoveTotp("totp_a", _account.Now).Succeeded);

        Assert.False(Verify(TestCodes.At(_seed, _account.Now)).Valid);
    }

    [Fact]
    public void At_most_five_authenticators_per_user_counting_unconfirmed_ones()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(_account.Account.RefuseAnotherTotp());
            Add($"totp_{i}");
        }

        Assert.Equal(MfaErrorCode.TooManyDevices, _account.Account.RefuseAnotherTotp()?.Code);
    }

    private void Add(string totpId)
    {
        _account.Settle();
        _account.Account.AddTotp(totpId, TotpSeed.Seal(_account.Protector, _seed), _account.Now);
    }

    private PasscodeVerification Verify(string code)
    {
        _account.Settle();
        return _account.Account.VerifyPasscode(code, _account.Now).Value!;
    }
}
