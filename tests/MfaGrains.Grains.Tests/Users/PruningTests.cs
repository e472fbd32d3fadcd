namespace MfaGrains.Grains.Tests.Users;

/// <summary>History is pruned as it is settled, so a user's state stays small however long they use the service.</summary>
public sealed class PruningTests
{
    [Fact]
    public void A_resolved_challenge_is_forgotten_once_older_than_the_retention()
    {
        var account = new TestAccount();
        account.AddActiveDevice("phone-a");
        var challenge = account.Approve("phone-a", account.SignIn());

        account.AdvanceTo(challenge.ResolvedAt!.Value + TimeSpan.FromHours(1));
        account.Settle();
        Assert.NotNull(account.Account.FindChallenge(challenge.Id));

        account.Advance(TimeSpan.FromSeconds(1));
        account.Settle();
        Assert.Null(account.Account.FindChallenge(challenge.Id));
    }

    [Fact]
    public void At_most_the_configured_number_of_resolved_challenges_is_kept_dropping_the_oldest()
    {
        var account = new TestAccount(challenges: c => (c.MaxRetainedResolved, c.RetainResolvedFor) = (10, TimeSpan.FromDays(7)));
        account.AddActiveDevice("phone-a");
        var ids = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            account.Advance(TimeSpan.FromMinutes(2));
            ids.Add(account.Approve("phone-a", account.SignIn()).Id);
        }

        account.Advance(TimeSpan.FromMinutes(10));
        account.Settle();

        Assert.Equal(ids.TakeLast(10), account.State.Challenges.Select(c => c.Id));
    }

    [Fact]
    public void Pruning_keeps_every_sign_in_the_rate_window_still_counts()
    {
        var account = new TestAccount(
            challenges: c => c.MaxRetainedResolved = 10,
            limits: l => l.SignInsPerWindow = 20);
        account.AddActiveDevice("phone-a");
        var first = account.Approve("phone-a", account.SignIn());
        for (var i = 1; i < 20; i++)
        {
            account.Advance(TimeSpan.FromSeconds(12));
            account.Approve("phone-a", account.SignIn());
        }

        var refusal = account.RefusedSignIn();

        Assert.Equal(MfaErrorCode.TooManyChallenges, refusal?.Code);
        Assert.Equal(first.CreatedAt + TimeSpan.FromMinutes(5), refusal?.RetryAt);
    }

    [Fact]
    public void A_burst_of_enrolment_tests_is_pruned_down_to_the_cap()
    {
        // Test challenges have no rate limit, so only the cap keeps a portal that asks for test after test from growing
        // the state (and every write of it) without bound. ChallengeOptions.MaxRetainedResolved: "whatever their age".
        var account = new TestAccount();
        var enrolment = account.AddUnverifiedDevice("phone-a");
        for (var i = 0; i < 200; i++)
        {
            account.Test(enrolment.Id);
        }

        account.Settle();

        Assert.InRange(account.State.Challenges.Count(c => !c.IsPending), 0, account.Policy.Challenges.MaxRetainedResolved);
    }

    [Fact]
    public void An_ended_enrolment_is_forgotten_after_a_day()
    {
        var account = new TestAccount();
        var enrolment = account.StartEnrolment(out _);
        account.AdvanceTo(enrolment.ExpiresAt);
        account.Settle();
        Assert.Equal(EnrolmentStatus.Expired, enrolment.Status);

        account.AdvanceTo(enrolment.ExpiresAt + TimeSpan.FromDays(1));
        account.Settle();
        Assert.NotNull(account.Account.FindEnrolment(enrolment.Id));

        account.Advance(TimeSpan.FromSeconds(1));
        account.Settle();
        Assert.Null(account.Account.FindEnrolment(enrolment.Id));
    }

    [Fact]
    public void An_active_device_outlives_the_pruning_of_its_completed_enrolment()
    {
        var account = new TestAccount();
        account.AddActiveDevice("phone-a");

        account.Advance(TimeSpan.FromDays(30));
        account.Settle();

        Assert.Empty(account.State.Enrolments);
        Assert.True(account.Account.IsDeviceLive("phone-a", account.Now));
        Assert.Equal(ChallengeStatus.Approved, account.Approve("phone-a", account.SignIn()).Status);
    }
}
