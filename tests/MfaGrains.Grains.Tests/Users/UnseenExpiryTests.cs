using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>
/// A sign-in that expires unseen (no push reached FCM or APNs, no phone fetched it) neither counts toward the cool-down
/// nor resets the run, so a push outage never locks out people who did nothing wrong; a seen-and-ignored one counts.
/// </summary>
public sealed class UnseenExpiryTests
{
    private readonly TestAccount _account = new();

    public UnseenExpiryTests() => _account.AddActiveDevice("phone-a");

    [Theory]
    [InlineData(DeliveryState.Failed)]
    [InlineData(DeliveryState.Pending)]
    public void Three_unseen_expiries_start_no_cool_down(DeliveryState pushOutcome)
    {
        for (var i = 0; i < 3; i++)
        {
            ExpiredSignIn(pushOutcome);
        }

        Assert.Null(_account.RefusedSignIn());
        Assert.All(_account.State.Challenges.Where(c => c.Kind == ChallengeKind.SignIn), c => Assert.Equal(ChallengeStatus.Expired, c.Status));
    }

    [Fact]
    public void Three_pushed_and_ignored_expiries_start_the_cool_down()
    {
        ExpiredSignIn(DeliveryState.Sent);
        ExpiredSignIn(DeliveryState.Sent);
        var third = ExpiredSignIn(DeliveryState.Sent);

        var refusal = _account.RefusedSignIn();

        Assert.Equal(MfaErrorCode.TooManyChallenges, refusal?.Code);
        Assert.Equal(third.ExpiresAt + TimeSpan.FromMinutes(15), refusal?.RetryAt);
    }

    [Fact]
    public void A_challenge_fetched_by_a_pull_only_phone_is_seen_and_counts()
    {
        var account = new TestAccount();
        account.AddActiveDevice("phone-a", hasPushToken: false);
        for (var i = 0; i < 3; i++)
        {
            account.Advance(TimeSpan.FromMinutes(2));
            var challenge = account.Fetch("phone-a", account.SignIn());
            Assert.Equal(DeliveryState.NoToken, challenge.Deliveries.Single().State);
            account.AdvanceTo(challenge.ExpiresAt);
        }

        Assert.Equal(MfaErrorCode.TooManyChallenges, account.RefusedSignIn()?.Code);
    }

    [Fact]
    public void An_unseen_expiry_does_not_reset_the_run()
    {
        DeniedSignIn();
        DeniedSignIn();
        ExpiredSignIn(DeliveryState.Failed);

        Assert.Null(_account.RefusedSignIn());
        DeniedSignIn();
        Assert.Equal(MfaErrorCode.TooManyChallenges, _account.RefusedSignIn()?.Code);
    }

    [Fact]
    public void A_push_to_one_of_two_phones_makes_the_challenge_seen()
    {
        _account.AddActiveDevice("phone-b");
        for (var i = 0; i < 3; i++)
        {
            _account.Advance(TimeSpan.FromMinutes(2));
            var challenge = _account.SignIn();
            Deliver(challenge, "phone-a", DeliveryState.Failed);
            Deliver(challenge, "phone-b", DeliveryState.Sent);
            _account.AdvanceTo(challenge.ExpiresAt);
        }

        Assert.Equal(MfaErrorCode.TooManyChallenges, _account.RefusedSignIn()?.Code);
    }

    private ChallengeRecord ExpiredSignIn(DeliveryState pushOutcome)
    {
        // Spaced out so the rate window never interferes.
        _account.Advance(TimeSpan.FromMinutes(2));
        var challenge = _account.SignIn();
        Deliver(challenge, "phone-a", pushOutcome);
        _account.AdvanceTo(challenge.ExpiresAt);
        _account.Settle();
        return challenge;
    }

    private void DeniedSignIn()
    {
        _account.Advance(TimeSpan.FromMinutes(2));
        _account.Deny("phone-a", _account.SignIn());
    }

    private void Deliver(ChallengeRecord challenge, string deviceId, DeliveryState outcome)
    {
        if (outcome != DeliveryState.Pending)
        {
            _account.Account.RecordDelivery(challenge, challenge.Deliveries.Single(d => d.DeviceId == deviceId), outcome, null, _account.Now);
        }
    }
}
