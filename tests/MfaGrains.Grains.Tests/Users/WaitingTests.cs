using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>The portal's long-poll (<c>?waitSeconds=N</c>): it answers when the challenge leaves pending, or when the wait ends.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class WaitingTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task WaitForResolution_wakes_when_another_call_answers()
    {
        var (user, phone, signIn) = await PendingSignIn();
        var armed = fixture.Clock.NextTimer(TimeSpan.FromSeconds(30));

        var waiting = user.Grain.WaitForResolution(signIn.Challenge.ChallengeId, TimeSpan.FromSeconds(30), CancellationToken.None);
        await armed.Within("user grain: WaitForResolution arming its wait");
        Assert.False(waiting.IsCompleted);
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(signIn.Challenge.ChallengeId, signIn.Number)), "AnswerChallenge");

        // The clock has not moved: only the answer can have woken the wait.
        var view = TestUser.Ok(await waiting.Within("user grain: WaitForResolution after the answer"), "WaitForResolution");
        Assert.Equal((ChallengeStatus.Approved, phone.DeviceId), (view.Status, view.DeviceId));
    }

    [Fact]
    public async Task WaitForResolution_answers_expired_when_the_clock_passes_the_expiry()
    {
        var (user, _, signIn) = await PendingSignIn();
        var expiresAt = signIn.Challenge.ExpiresAt;
        var armed = fixture.Clock.NextTimer(expiresAt - fixture.Clock.GetUtcNow());

        var waiting = user.Grain.WaitForResolution(signIn.Challenge.ChallengeId, TimeSpan.FromMinutes(5), CancellationToken.None);
        await armed.Within("user grain: WaitForResolution arming its wait until the expiry");
        fixture.Clock.AdvanceTo(expiresAt);

        var view = TestUser.Ok(await waiting.Within("user grain: WaitForResolution at the challenge's expiry"), "WaitForResolution");
        Assert.Equal((ChallengeStatus.Expired, ChallengeReason.TimedOut, (DateTimeOffset?)expiresAt), (view.Status, view.Reason, view.ResolvedAt));
    }

    [Fact]
    public async Task WaitForResolution_answers_pending_when_its_wait_ends_first()
    {
        var (user, _, signIn) = await PendingSignIn();
        var armed = fixture.Clock.NextTimer(TimeSpan.FromSeconds(10));

        var waiting = user.Grain.WaitForResolution(signIn.Challenge.ChallengeId, TimeSpan.FromSeconds(10), CancellationToken.None);
        await armed.Within("user grain: WaitForResolution arming its wait");
        fixture.Clock.Advance(TimeSpan.FromSeconds(10));

        var view = TestUser.Ok(await waiting.Within("user grain: WaitForResolution at the end of its wait"), "WaitForResolution");
        Assert.Equal(ChallengeStatus.Pending, view.Status);
    }

    [Fact]
    public async Task WaitForResolution_answers_at_once_for_a_resolved_challenge()
    {
        var (user, phone, signIn) = await PendingSignIn();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Deny(signIn.Challenge.ChallengeId)), "AnswerChallenge");

        var view = TestUser.Ok(
            await user.Grain.WaitForResolution(signIn.Challenge.ChallengeId, TimeSpan.FromSeconds(30), CancellationToken.None)
                .Within("user grain: WaitForResolution of a resolved challenge"),
            "WaitForResolution");

        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.UserDenied), (view.Status, view.Reason));
    }

    [Fact]
    public async Task WaitForResolution_of_an_unknown_challenge_is_challenge_not_found()
    {
        var (user, _, _) = await PendingSignIn();

        var result = await user.Grain.WaitForResolution("chl_unknown", TimeSpan.FromSeconds(30), CancellationToken.None)
            .Within("user grain: WaitForResolution of an unknown challenge");

        Assert.Equal(MfaErrorCode.ChallengeNotFound, result.Failure?.Code);
    }

    [Fact]
    public async Task WaitForChange_wakes_on_the_next_revision()
    {
        var (user, _, signIn) = await PendingSignIn();
        var known = signIn.Challenge.Revision;
        var armed = fixture.Clock.NextTimer(TimeSpan.FromSeconds(30));

        var waiting = user.Grain.WaitForChange(signIn.Challenge.ChallengeId, known, TimeSpan.FromSeconds(30), CancellationToken.None);
        await armed.Within("user grain: WaitForChange arming its wait");
        TestUser.Ok(await user.Grain.CancelChallenge(signIn.Challenge.ChallengeId), "CancelChallenge");

        var view = TestUser.Ok(await waiting.Within("user grain: WaitForChange after a cancel"), "WaitForChange");
        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.CancelledByPortal), (view.Status, view.Reason));
        Assert.True(view.Revision > known);
    }

    private async Task<(TestUser User, TestPhone Phone, ChallengeCreated SignIn)> PendingSignIn()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        return (user, phone, await user.SignIn());
    }
}
