using MfaGrains.Contracts.Audit;
using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>A read never reports a change that is not stored: interleaved reads wait for the write, and a failed write is rolled back.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class FailedWriteTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task A_long_poll_never_sees_an_approval_whose_write_fails()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();
        var challengeId = signIn.Challenge.ChallengeId;
        var waiting = user.Grain.WaitForResolution(challengeId, TimeSpan.FromSeconds(20), CancellationToken.None);
        var fault = fixture.WriteFaults.FailNextWrite(GrainId.Create("user", user.UserId));

        var answer = user.Grain.AnswerChallenge(phone.Approve(challengeId, signIn.Number));
        await fault.Started.Within("the approval's write reaching storage");

        // Interleaved reads while the approval's write is in flight: the phone's inbox and a zero-wait long-poll.
        var inbox = user.Grain.GetPendingChallenges(phone.DeviceId, TimeSpan.Zero, CancellationToken.None);
        var peek = user.Grain.WaitForResolution(challengeId, TimeSpan.Zero, CancellationToken.None);
        fault.Release();

        await Assert.ThrowsAnyAsync<Exception>(() => answer);
        Assert.Equal(ChallengeStatus.Pending, TestUser.Ok(await peek.Within("the zero-wait long-poll"), "WaitForResolution").Status);
        Assert.Equal(challengeId, Assert.Single(TestUser.Ok(await inbox.Within("the inbox"), "GetPendingChallenges")).ChallengeId);
        Assert.Equal(ChallengeStatus.Pending, TestUser.Ok(await user.Grain.GetChallenge(challengeId), "GetChallenge").Status);
        Assert.False(waiting.IsCompleted, "the long-poll woke for a change that was never stored");
        Assert.DoesNotContain((await fixture.Client.GetGrain<IAuditTrailGrain>(0).Read(user.UserId, null, 200)).Entries,
            e => e.ChallengeId == challengeId && e.Event == "resolved");

        // Storage is back: the same answer now goes through, and the long-poll reports it.
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(challengeId, signIn.Number)), "AnswerChallenge(retry)");
        Assert.Equal(ChallengeStatus.Approved, TestUser.Ok(await waiting.Within("the long-poll"), "WaitForResolution").Status);
    }
}
