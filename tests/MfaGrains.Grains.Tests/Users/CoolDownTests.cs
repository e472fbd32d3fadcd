using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>
/// Three sign-in challenges in a row ending denied or expired start 15 minutes of too_many_challenges; approved resets
/// the run; superseded, cancelled by the portal and device removed neither count nor reset it.
/// </summary>
public sealed class CoolDownTests
{
    private static readonly TimeSpan CoolDown = TimeSpan.FromMinutes(15);
    private readonly TestAccount _account = new();

    public CoolDownTests() => _account.AddActiveDevice("phone-a");

    [Fact]
    public void Three_denied_sign_ins_in_a_row_start_a_fifteen_minute_cool_down()
    {
        DeniedSignIn();
        var wrongNumber = _account.SignIn();
        _account.Answer("phone-a", wrongNumber.Id, AnswerDecision.Approve, TestAccount.WrongNumber);
        _account.Advance(TimeSpan.FromSeconds(20));
        var third = DeniedSignIn();

        var refusal = _account.RefusedSignIn();

        Assert.NotNull(refusal);
        Assert.Equal(MfaErrorCode.TooManyChallenges, refusal.Code);
        Assert.Equal(third.ResolvedAt + CoolDown, refusal.RetryAt);
        Assert.Equal(refusal.RetryAt, _account.Account.ToAccountView(_account.Now).CoolDownUntil);

        _account.AdvanceTo(refusal.RetryAt!.Value - TimeSpan.FromTicks(1));
        Assert.Equal(MfaErrorCode.TooManyChallenges, _account.RefusedSignIn()?.Code);
        _account.AdvanceTo(refusal.RetryAt!.Value);
        Assert.Null(_account.RefusedSignIn());
    }

    [Fact]
    public void Two_denied_sign_ins_do_not_start_a_cool_down()
    {
        DeniedSignIn();
        DeniedSignIn();

        Assert.Null(_account.RefusedSignIn());
    }

    [Fact]
    public void Expired_sign_ins_count_and_the_cool_down_runs_from_the_expiry_even_when_recorded_later()
    {
        // The phone fetches each one and ignores it: seen, so every expiry counts (unseen ones: UnseenExpiryTests).
        _account.Fetch("phone-a", _account.SignIn());
        _account.Advance(TimeSpan.FromMinutes(2));
        _account.Fetch("phone-a", _account.SignIn());
        _account.Advance(TimeSpan.FromMinutes(2));
        var third = _account.Fetch("phone-a", _account.SignIn());

        // Nothing is recorded until ten minutes after the third expired.
        _account.AdvanceTo(third.ExpiresAt + TimeSpan.FromMinutes(10));
        var refusal = _account.RefusedSignIn();

        Assert.Equal(MfaErrorCode.TooManyChallenges, refusal?.Code);
        Assert.Equal(third.ExpiresAt + CoolDown, refusal?.RetryAt);
        Assert.All(_account.State.Challenges.Where(c => c.Kind == ChallengeKind.SignIn), c =>
        {
            Assert.Equal(ChallengeStatus.Expired, c.Status);
            Assert.Equal(c.ExpiresAt, c.ResolvedAt);
        });
    }

    [Fact]
    public void An_approved_sign_in_resets_the_run()
    {
        DeniedSignIn();
        DeniedSignIn();
        _account.Approve("phone-a", _account.SignIn());
        DeniedSignIn();
        DeniedSignIn();

        Assert.Null(_account.RefusedSignIn());

        DeniedSignIn();
        Assert.Equal(MfaErrorCode.TooManyChallenges, _account.RefusedSignIn()?.Code);
    }

    [Theory]
    [InlineData(ChallengeReason.Superseded)]
    [InlineData(ChallengeReason.CancelledByPortal)]
    [InlineData(ChallengeReason.DeviceRemoved)]
    public void Cancelled_sign_ins_neither_count_nor_reset_the_run(ChallengeReason reason)
    {
        DeniedSignIn();
        DeniedSignIn();

        var cancelled = CancelledSignIn(reason);

        Assert.Equal((ChallengeStatus.Cancelled, reason), (cancelled.Status, cancelled.Reason));
        Assert.Null(_account.RefusedSignIn());

        var device = _account.Account.ActiveDevices.Single().Id;
        var next = _account.State.Challenges.Find(c => c.IsPending && c.Kind == ChallengeKind.SignIn) ?? _account.SignIn();
        _account.Deny(device, next);
        Assert.Equal(MfaErrorCode.TooManyChallenges, _account.RefusedSignIn()?.Code);
    }

    [Fact]
    public void Failed_enrolment_tests_do_not_count_toward_the_cool_down()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-b");
        _account.Deny("phone-b", _account.Test(enrolment.Id));
        _account.Answer("phone-b", _account.Test(enrolment.Id).Id, AnswerDecision.Approve, TestAccount.WrongNumber);
        var expired = _account.Test(enrolment.Id);
        _account.AdvanceTo(expired.ExpiresAt);
        _account.Test(enrolment.Id);

        Assert.Equal(ChallengeStatus.Expired, expired.Status);
        Assert.Null(_account.RefusedSignIn());
    }

    [Fact]
    public void The_cool_down_is_configurable()
    {
        var account = new TestAccount(limits: limits => (limits.FailuresBeforeCoolDown, limits.CoolDown) = (1, TimeSpan.FromMinutes(2)));
        account.AddActiveDevice("phone-a");
        var denied = account.Deny("phone-a", account.SignIn());

        Assert.Equal(denied.ResolvedAt + TimeSpan.FromMinutes(2), account.RefusedSignIn()?.RetryAt);
    }

    private ChallengeRecord DeniedSignIn()
    {
        // Spaced out so the rate window never interferes.
        _account.Advance(TimeSpan.FromMinutes(2));
        return _account.Deny(_account.Account.ActiveDevices.Single().Id, _account.SignIn());
    }

    private ChallengeRecord CancelledSignIn(ChallengeReason reason)
    {
        _account.Advance(TimeSpan.FromMinutes(2));
        var challenge = _account.SignIn();
        switch (reason)
        {
            case ChallengeReason.Superseded:
                _account.Advance(TimeSpan.FromSeconds(5));
                _account.SignIn();
                break;
            case ChallengeReason.CancelledByPortal:
                Assert.True(_account.Account.CancelByPortal(challenge.Id, _account.Now).Succeeded);
                break;
            case ChallengeReason.DeviceRemoved:
                // A second phone joins after the challenge was sent, then the only phone it went to is removed.
                _account.AddActiveDevice("phone-b");
                Assert.True(_account.Account.RemoveDevice("phone-a", _account.Now).Succeeded);
                break;
        }

        return challenge;
    }
}
