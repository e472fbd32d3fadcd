namespace MfaGrains.Grains.Tests.Users;

/// <summary>At most 5 sign-in challenges per user per 5 minutes; refused requests do not count.</summary>
public sealed class SignInRateWindowTests
{
    private readonly TestAccount _account = new();

    // Sign-ins are spaced under their 60 s lifetime: each supersedes the last, so none expires into a cool-down.
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(50);

    public SignInRateWindowTests() => _account.AddActiveDevice("phone-a");

    [Fact]
    public void The_sixth_sign_in_within_five_minutes_is_refused_until_the_oldest_leaves_the_window()
    {
        var oldest = _account.SignIn();
        for (var i = 0; i < 4; i++)
        {
            _account.Advance(Spacing);
            _account.SignIn();
        }

        _account.Advance(TimeSpan.FromSeconds(30));
        var refusal = _account.RefusedSignIn();

        Assert.NotNull(refusal);
        Assert.Equal(MfaErrorCode.TooManyChallenges, refusal.Code);
        Assert.Equal(oldest.CreatedAt + TimeSpan.FromMinutes(5), refusal.RetryAt);

        _account.AdvanceTo(refusal.RetryAt!.Value - TimeSpan.FromTicks(1));
        Assert.Equal(MfaErrorCode.TooManyChallenges, _account.RefusedSignIn()?.Code);

        _account.AdvanceTo(refusal.RetryAt!.Value);
        Assert.Null(_account.RefusedSignIn());
    }

    [Fact]
    public void Refused_sign_ins_do_not_count_toward_the_window()
    {
        var first = _account.SignIn();
        _account.Advance(Spacing);
        var second = _account.SignIn();
        for (var i = 0; i < 3; i++)
        {
            _account.Advance(Spacing);
            _account.SignIn();
        }

        for (var i = 0; i < 5; i++)
        {
            _account.Advance(TimeSpan.FromSeconds(10));
            Assert.Equal(first.CreatedAt + TimeSpan.FromMinutes(5), _account.RefusedSignIn()?.RetryAt);
        }

        _account.AdvanceTo(first.CreatedAt + TimeSpan.FromMinutes(5));
        _account.SignIn();

        var refusal = _account.RefusedSignIn();
        Assert.Equal(MfaErrorCode.TooManyChallenges, refusal?.Code);
        Assert.Equal(second.CreatedAt + TimeSpan.FromMinutes(5), refusal?.RetryAt);
    }

    [Fact]
    public void Enrolment_test_challenges_do_not_count_toward_the_window()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-b");
        for (var i = 0; i < 10; i++)
        {
            _account.Test(enrolment.Id);
        }

        for (var i = 0; i < 5; i++)
        {
            _account.SignIn();
        }

        Assert.Equal(MfaErrorCode.TooManyChallenges, _account.RefusedSignIn()?.Code);
    }

    [Fact]
    public void The_window_is_configurable()
    {
        var account = new TestAccount(limits: limits => (limits.SignInsPerWindow, limits.SignInWindow) = (2, TimeSpan.FromMinutes(1)));
        account.AddActiveDevice("phone-a");
        var oldest = account.SignIn();
        account.SignIn();

        Assert.Equal(oldest.CreatedAt + TimeSpan.FromMinutes(1), account.RefusedSignIn()?.RetryAt);
    }
}
