using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>Sign-in challenges through the user grain: issue, read, cancel, and the limits in the contract's order.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class ChallengeGrainTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task A_sign_in_for_a_user_without_an_active_device_is_refused_and_records_nothing()
    {
        var user = new TestUser(fixture);

        var refused = await user.Grain.CreateSignInChallenge(TestUser.Context);

        Assert.Equal(MfaErrorCode.NoActiveDevice, refused.Failure?.Code);
        Assert.Equal(MfaErrorCode.UserNotFound, (await user.Grain.GetAccount()).Failure?.Code);
        Assert.Equal(MfaErrorCode.UserNotFound, (await user.Grain.Unlock()).Failure?.Code);
    }

    [Fact]
    public async Task A_sign_in_shows_a_two_digit_number_and_goes_to_every_active_phone()
    {
        var user = new TestUser(fixture);
        var first = await user.EnrolActive();
        var second = await user.EnrolActive(new TestPhone(DevicePlatform.Ios, pushToken: null));
        await user.EnrolUnverified(new TestPhone());
        var now = fixture.Clock.GetUtcNow();

        var created = await user.SignIn();

        Assert.Matches("^[1-9][0-9]$", created.Number);
        Assert.Equal(2, created.DeviceCount);
        var view = created.Challenge;
        Assert.StartsWith("chl_", view.ChallengeId, StringComparison.Ordinal);
        Assert.Equal((user.UserId, ChallengeKind.SignIn, ChallengeStatus.Pending), (view.UserId, view.Kind, view.Status));
        Assert.Equal((now, now + TimeSpan.FromSeconds(60)), (view.CreatedAt, view.ExpiresAt));
        Assert.Equal(
            new[] { (first.DeviceId, DeliveryChannel.Fcm), (second.DeviceId, DeliveryChannel.None) }.OrderBy(d => d.DeviceId, StringComparer.Ordinal),
            view.Deliveries.Select(d => (d.DeviceId, d.Channel)).OrderBy(d => d.DeviceId, StringComparer.Ordinal));
        var read = TestUser.Ok(await user.Grain.GetChallenge(view.ChallengeId), "GetChallenge");
        Assert.Equal((view.ChallengeId, ChallengeStatus.Pending, view.ExpiresAt), (read.ChallengeId, read.Status, read.ExpiresAt));
    }

    [Fact]
    public async Task Another_users_challenge_is_challenge_not_found()
    {
        var owner = new TestUser(fixture);
        await owner.EnrolActive();
        var signIn = await owner.SignIn();
        var stranger = new TestUser(fixture);
        var strangersPhone = await stranger.EnrolActive();

        Assert.Equal(MfaErrorCode.ChallengeNotFound, (await stranger.Grain.GetChallenge(signIn.Challenge.ChallengeId)).Failure?.Code);
        Assert.Equal(MfaErrorCode.ChallengeNotFound, (await stranger.Grain.CancelChallenge(signIn.Challenge.ChallengeId)).Failure?.Code);
        Assert.Equal(
            MfaErrorCode.ChallengeNotFound,
            (await stranger.Grain.AnswerChallenge(strangersPhone.Approve(signIn.Challenge.ChallengeId, signIn.Number))).Failure?.Code);
        Assert.Equal(ChallengeStatus.Pending, TestUser.Ok(await owner.Grain.GetChallenge(signIn.Challenge.ChallengeId), "GetChallenge").Status);
    }

    [Fact]
    public async Task The_portal_can_cancel_a_pending_challenge_once()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();

        TestUser.Ok(await user.Grain.CancelChallenge(signIn.Challenge.ChallengeId), "CancelChallenge");

        var view = TestUser.Ok(await user.Grain.GetChallenge(signIn.Challenge.ChallengeId), "GetChallenge");
        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.CancelledByPortal), (view.Status, view.Reason));
        var again = await user.Grain.CancelChallenge(signIn.Challenge.ChallengeId);
        Assert.Equal((MfaErrorCode.ChallengeNotPending, ChallengeStatus.Cancelled), (again.Failure?.Code, again.Failure?.ChallengeStatus));
        var answer = await user.Grain.AnswerChallenge(phone.Approve(signIn.Challenge.ChallengeId, signIn.Number));
        Assert.Equal((MfaErrorCode.ChallengeNotPending, ChallengeReason.CancelledByPortal), (answer.Failure?.Code, answer.Failure?.ChallengeReason));
    }

    [Fact]
    public async Task A_new_sign_in_supersedes_the_pending_one()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();
        var older = await user.SignIn();

        await user.SignIn();

        var view = TestUser.Ok(await user.Grain.GetChallenge(older.Challenge.ChallengeId), "GetChallenge");
        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.Superseded), (view.Status, view.Reason));
    }

    [Fact]
    public async Task A_lapsed_challenge_reads_as_expired_and_can_no_longer_be_answered()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();

        fixture.Clock.AdvanceTo(signIn.Challenge.ExpiresAt);

        var view = TestUser.Ok(await user.Grain.GetChallenge(signIn.Challenge.ChallengeId), "GetChallenge");
        Assert.Equal((ChallengeStatus.Expired, ChallengeReason.TimedOut, (DateTimeOffset?)signIn.Challenge.ExpiresAt), (view.Status, view.Reason, view.ResolvedAt));
        var late = await user.Grain.AnswerChallenge(phone.Approve(signIn.Challenge.ChallengeId, signIn.Number));
        Assert.Equal((MfaErrorCode.ChallengeNotPending, ChallengeStatus.Expired), (late.Failure?.Code, late.Failure?.ChallengeStatus));
    }

    [Fact]
    public async Task The_sixth_sign_in_within_five_minutes_is_too_many_challenges_until_the_oldest_leaves_the_window()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();
        var oldest = await user.SignIn();
        for (var i = 0; i < 4; i++)
        {
            await user.SignIn();
        }

        var refused = await user.Grain.CreateSignInChallenge(TestUser.Context);

        Assert.Equal(MfaErrorCode.TooManyChallenges, refused.Failure?.Code);
        Assert.Equal(oldest.Challenge.CreatedAt + TimeSpan.FromMinutes(5), refused.Failure?.RetryAt);
    }

    [Fact]
    public async Task Three_denials_in_a_row_cool_down_and_unlock_lifts_it()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        for (var i = 0; i < 3; i++)
        {
            TestUser.Ok(await user.Grain.AnswerChallenge(phone.Deny((await user.SignIn()).Challenge.ChallengeId)), "AnswerChallenge(deny)");
        }

        var refused = await user.Grain.CreateSignInChallenge(TestUser.Context);
        Assert.Equal(MfaErrorCode.TooManyChallenges, refused.Failure?.Code);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(15), refused.Failure?.RetryAt);
        Assert.Equal(refused.Failure?.RetryAt, TestUser.Ok(await user.Grain.GetAccount(), "GetAccount").CoolDownUntil);

        TestUser.Ok(await user.Grain.Unlock(), "Unlock");

        await user.SignIn();
    }

    [Fact]
    public async Task A_report_locks_push_sign_in_with_retry_at_and_unlock_lifts_it()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Report((await user.SignIn()).Challenge.ChallengeId)), "AnswerChallenge(report)");

        var refused = await user.Grain.CreateSignInChallenge(TestUser.Context);
        Assert.Equal(MfaErrorCode.Locked, refused.Failure?.Code);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(60), refused.Failure?.RetryAt);

        TestUser.Ok(await user.Grain.Unlock(), "Unlock");

        await user.SignIn();
    }
}
