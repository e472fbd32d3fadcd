namespace MfaGrains.Grains.Tests.Users;

/// <summary>What the portal reads: expiry is applied to the view whether or not it has been recorded yet.</summary>
public sealed class ChallengeViewTests
{
    private readonly TestAccount _account = new();

    public ChallengeViewTests() => _account.AddActiveDevice("phone-a");

    [Fact]
    public void A_lapsed_pending_challenge_reads_as_expired_timed_out_at_its_expiry_before_it_is_settled()
    {
        var challenge = _account.SignIn();
        _account.AdvanceTo(challenge.ExpiresAt + TimeSpan.FromMinutes(3));

        var view = _account.Account.ToView(challenge, _account.Now);

        Assert.Equal(ChallengeStatus.Pending, challenge.Status);
        Assert.Equal((ChallengeStatus.Expired, ChallengeReason.TimedOut), (view.Status, view.Reason));
        Assert.Equal(challenge.ExpiresAt, view.ResolvedAt);
        Assert.Null(view.DeviceId);
    }

    [Fact]
    public void Settling_a_lapsed_challenge_records_exactly_what_its_view_already_showed()
    {
        var challenge = _account.SignIn();
        _account.AdvanceTo(challenge.ExpiresAt + TimeSpan.FromMinutes(3));
        var before = _account.View(challenge);

        _account.Settle();

        Assert.Equal(ChallengeStatus.Expired, challenge.Status);
        Assert.Equivalent(before, _account.View(challenge), strict: true);
    }

    [Fact]
    public void A_challenge_is_pending_until_the_instant_it_expires()
    {
        var challenge = _account.SignIn();

        _account.AdvanceTo(challenge.ExpiresAt - TimeSpan.FromTicks(1));
        Assert.Equal(ChallengeStatus.Pending, _account.View(challenge).Status);

        _account.AdvanceTo(challenge.ExpiresAt);
        Assert.Equal(ChallengeStatus.Expired, _account.View(challenge).Status);
    }

    [Fact]
    public void An_answered_challenge_keeps_its_outcome_after_the_expiry_passes()
    {
        var challenge = _account.Deny("phone-a", _account.SignIn());
        var answeredAt = _account.Now;

        _account.AdvanceTo(challenge.ExpiresAt + TimeSpan.FromMinutes(1));
        _account.Settle();

        var view = _account.View(challenge);
        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.UserDenied, answeredAt), (view.Status, view.Reason, view.ResolvedAt));
    }

    [Fact]
    public void Every_change_raises_the_revision_and_an_unrecorded_expiry_counts_as_one()
    {
        var challenge = _account.SignIn();
        var created = _account.View(challenge).Revision;

        _account.AdvanceTo(challenge.ExpiresAt);

        Assert.Equal(created + 1, _account.View(challenge).Revision);
    }
}
