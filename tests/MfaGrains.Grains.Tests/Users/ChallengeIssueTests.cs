namespace MfaGrains.Grains.Tests.Users;

/// <summary>Who a new challenge goes to, and which older ones it supersedes.</summary>
public sealed class ChallengeIssueTests
{
    private readonly TestAccount _account = new();

    [Fact]
    public void A_new_sign_in_supersedes_the_users_older_pending_sign_ins()
    {
        _account.AddActiveDevice("phone-a");
        var older = _account.SignIn();
        _account.Advance(TimeSpan.FromSeconds(5));

        var newer = _account.SignIn();

        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.Superseded), (older.Status, older.Reason));
        Assert.Equal(newer.CreatedAt, older.ResolvedAt);
        Assert.Equal(ChallengeStatus.Pending, newer.Status);
        Assert.Equal([newer.Id], _account.Account.PendingFor("phone-a", _account.Now).Select(p => p.ChallengeId));
    }

    [Fact]
    public void A_new_sign_in_leaves_a_pending_enrolment_test_alone()
    {
        _account.AddActiveDevice("phone-a");
        var test = _account.Test(_account.AddUnverifiedDevice("phone-b").Id);

        _account.SignIn();

        Assert.Equal(ChallengeStatus.Pending, test.Status);
    }

    [Fact]
    public void A_sign_in_goes_to_every_active_device_and_not_to_unverified_ones()
    {
        _account.AddActiveDevice("android", hasPushToken: true, DevicePlatform.Android);
        _account.AddActiveDevice("iphone", hasPushToken: true, DevicePlatform.Ios);
        _account.AddActiveDevice("pull-only", hasPushToken: false);
        _account.AddUnverifiedDevice("unverified");

        var view = _account.View(_account.SignIn());

        Assert.Equal(
            [
                new Delivery("android", DeliveryChannel.Fcm, DeliveryState.Pending, null),
                new Delivery("iphone", DeliveryChannel.Apns, DeliveryState.Pending, null),
                new Delivery("pull-only", DeliveryChannel.None, DeliveryState.NoToken, null),
            ],
            view.Deliveries);
    }

    [Fact]
    public void A_new_sign_in_starts_pending_with_the_configured_lifetime()
    {
        var account = new TestAccount(challenges: challenges => challenges.Lifetime = TimeSpan.FromSeconds(90));
        account.AddActiveDevice("phone-a");

        var view = account.View(account.SignIn());

        Assert.Equal(ChallengeStatus.Pending, view.Status);
        Assert.Null(view.Reason);
        Assert.Null(view.ResolvedAt);
        Assert.Equal(account.Now, view.CreatedAt);
        Assert.Equal(account.Now + TimeSpan.FromSeconds(90), view.ExpiresAt);
    }
}
