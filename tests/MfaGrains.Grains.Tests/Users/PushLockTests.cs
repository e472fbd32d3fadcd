namespace MfaGrains.Grains.Tests.Users;

/// <summary>A report locks push sign-in for 60 minutes (423 locked) and cancels the other pending challenges; unlock clears all.</summary>
public sealed class PushLockTests
{
    private static readonly TimeSpan ReportLock = TimeSpan.FromMinutes(60);
    private readonly TestAccount _account = new();

    public PushLockTests() => _account.AddActiveDevice("phone-a");

    [Fact]
    public void Reporting_a_sign_in_locks_push_sign_in_for_an_hour()
    {
        var reported = _account.Report("phone-a", _account.SignIn());

        var refusal = _account.RefusedSignIn();

        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.ReportedFraud), (reported.Status, reported.Reason));
        Assert.NotNull(refusal);
        Assert.Equal(MfaErrorCode.Locked, refusal.Code);
        Assert.Equal(reported.ResolvedAt + ReportLock, refusal.RetryAt);
        Assert.Equal(refusal.RetryAt, _account.Account.ToAccountView(_account.Now).PushLockedUntil);

        _account.AdvanceTo(refusal.RetryAt!.Value - TimeSpan.FromTicks(1));
        Assert.Equal(MfaErrorCode.Locked, _account.RefusedSignIn()?.Code);
        _account.AdvanceTo(refusal.RetryAt!.Value);
        Assert.Null(_account.RefusedSignIn());
    }

    [Fact]
    public void Reporting_cancels_the_users_other_pending_challenges()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-b");
        var test = _account.Test(enrolment.Id);
        var signIn = _account.SignIn();

        _account.Report("phone-a", signIn);

        Assert.Equal(ChallengeStatus.Cancelled, test.Status);
        Assert.Equal(_account.Now, test.ResolvedAt);
        Assert.Empty(_account.Account.PendingFor("phone-b", _account.Now));
        Assert.Equal(MfaErrorCode.ChallengeNotPending, _account.Answer("phone-b", test.Id, AnswerDecision.Approve, TestAccount.Number).Failure?.Code);
    }

    [Fact]
    public void Unlock_lifts_the_push_lock_and_the_cool_down()
    {
        for (var i = 0; i < 3; i++)
        {
            _account.Advance(TimeSpan.FromMinutes(1));
            _account.Deny("phone-a", _account.SignIn());
        }

        _account.Report("phone-b", _account.Test(_account.AddUnverifiedDevice("phone-b").Id));
        var view = _account.Account.ToAccountView(_account.Now);
        Assert.NotNull(view.PushLockedUntil);
        Assert.NotNull(view.CoolDownUntil);

        _account.Account.Unlock(_account.Now);

        Assert.Null(_account.RefusedSignIn());
        view = _account.Account.ToAccountView(_account.Now);
        Assert.Null(view.PushLockedUntil);
        Assert.Null(view.CoolDownUntil);
    }

    [Fact]
    public void Unlock_also_forgets_the_failures_that_would_start_the_next_cool_down()
    {
        _account.Deny("phone-a", _account.SignIn());
        _account.Deny("phone-a", _account.SignIn());

        _account.Account.Unlock(_account.Now);
        _account.Deny("phone-a", _account.SignIn());

        Assert.Null(_account.RefusedSignIn());
    }

    [Fact]
    public void The_push_lock_is_reported_before_a_cool_down()
    {
        for (var i = 0; i < 3; i++)
        {
            _account.Deny("phone-a", _account.SignIn());
        }

        _account.Report("phone-b", _account.Test(_account.AddUnverifiedDevice("phone-b").Id));

        Assert.Equal(MfaErrorCode.Locked, _account.RefusedSignIn()?.Code);
    }

    [Fact]
    public void The_push_lock_is_reported_before_the_rate_window()
    {
        for (var i = 0; i < 5; i++)
        {
            _account.Approve("phone-a", _account.SignIn());
        }

        Assert.Equal(MfaErrorCode.TooManyChallenges, _account.RefusedSignIn()?.Code);

        _account.Report("phone-b", _account.Test(_account.AddUnverifiedDevice("phone-b").Id));

        var refusal = _account.RefusedSignIn();
        Assert.Equal(MfaErrorCode.Locked, refusal?.Code);
        Assert.Equal(_account.Now + ReportLock, refusal?.RetryAt);
    }
}
