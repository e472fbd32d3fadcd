using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Devices;

/// <summary>The phone's pull of its pending challenges, which may wait for one to arrive.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class PhoneInboxTests(MfaClusterFixture fixture)
{
    private static readonly TimeSpan NoWait = TimeSpan.Zero;

    [Fact]
    public async Task A_phone_waiting_for_challenges_wakes_when_one_is_created()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var armed = fixture.Clock.NextTimer(TimeSpan.FromSeconds(30));

        var waiting = user.Grain.GetPendingChallenges(phone.DeviceId, TimeSpan.FromSeconds(30), CancellationToken.None);
        await armed.Within("user grain: GetPendingChallenges arming its wait");
        Assert.False(waiting.IsCompleted);
        var signIn = await user.SignIn();

        var pending = TestUser.Ok(await waiting.Within("user grain: GetPendingChallenges after a challenge was created"), "GetPendingChallenges");
        var entry = Assert.Single(pending);
        Assert.Equal((signIn.Challenge.ChallengeId, user.UserId, ChallengeKind.SignIn, TestUser.Context), (entry.ChallengeId, entry.UserId, entry.Kind, entry.Context));
    }

    [Fact]
    public async Task A_phone_waiting_for_challenges_gets_an_empty_list_when_its_wait_ends()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var armed = fixture.Clock.NextTimer(TimeSpan.FromSeconds(20));

        var waiting = user.Grain.GetPendingChallenges(phone.DeviceId, TimeSpan.FromSeconds(20), CancellationToken.None);
        await armed.Within("user grain: GetPendingChallenges arming its wait");
        fixture.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Empty(TestUser.Ok(await waiting.Within("user grain: GetPendingChallenges at the end of its wait"), "GetPendingChallenges"));
    }

    [Fact]
    public async Task A_challenge_answered_by_one_phone_leaves_the_other_phones_inbox()
    {
        var user = new TestUser(fixture);
        var first = await user.EnrolActive();
        var second = await user.EnrolActive();
        var signIn = await user.SignIn();
        Assert.Single(TestUser.Ok(await user.Grain.GetPendingChallenges(second.DeviceId, NoWait, CancellationToken.None), "GetPendingChallenges"));

        TestUser.Ok(await user.Grain.AnswerChallenge(first.Approve(signIn.Challenge.ChallengeId, signIn.Number)), "AnswerChallenge");

        Assert.Empty(TestUser.Ok(await user.Grain.GetPendingChallenges(second.DeviceId, NoWait, CancellationToken.None), "GetPendingChallenges"));
        var late = await user.Grain.AnswerChallenge(second.Deny(signIn.Challenge.ChallengeId));
        Assert.Equal((MfaErrorCode.ChallengeNotPending, ChallengeStatus.Approved), (late.Failure?.Code, late.Failure?.ChallengeStatus));
    }

    [Fact]
    public async Task An_unverified_phone_sees_its_test_challenge_but_no_sign_in()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();
        var phone = new TestPhone();
        var enrolment = await user.EnrolUnverified(phone);
        var test = TestUser.Ok(await user.Grain.CreateTestChallenge(enrolment.EnrolmentId, TestUser.Context), "CreateTestChallenge");
        await user.SignIn();

        var pending = TestUser.Ok(await user.Grain.GetPendingChallenges(phone.DeviceId, NoWait, CancellationToken.None), "GetPendingChallenges");

        Assert.Equal([test.Challenge.ChallengeId], pending.Select(p => p.ChallengeId));
    }

    [Fact]
    public async Task A_key_the_user_does_not_hold_is_device_not_found()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();

        var pending = await user.Grain.GetPendingChallenges(new TestPhone().DeviceId, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(MfaErrorCode.DeviceNotFound, pending.Failure?.Code);
    }
}
