using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>Exactly one answer wins, even when several devices and retries race.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class AnswerRaceTests(MfaClusterFixture fixture)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Exactly_one_of_twenty_racing_answers_wins(int round)
    {
        var user = new TestUser(fixture);
        var first = await user.EnrolActive();
        var second = await user.EnrolActive();
        var signIn = await user.SignIn();
        var id = signIn.Challenge.ChallengeId;
        var wrongNumber = signIn.Number == "99" ? "10" : (int.Parse(signIn.Number, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var answers = Enumerable.Range(0, 20).Select(i => ((i + round) % 6) switch
        {
            0 => first.Approve(id, signIn.Number),
            1 => second.Approve(id, signIn.Number),
            2 => first.Deny(id),
            3 => second.Report(id),
            4 => second.Approve(id, wrongNumber),
            _ => first.Approve(id, signIn.Number),
        });

        var results = await Task.WhenAll(answers.Select(a => user.Grain.AnswerChallenge(a))).Within($"user grain: 20 racing AnswerChallenge calls, round {round}");

        var winner = Assert.Single(results, r => r.Succeeded).Value!;
        Assert.All(results.Where(r => !r.Succeeded), loser =>
        {
            Assert.Equal(MfaErrorCode.ChallengeNotPending, loser.Failure!.Code);
            Assert.Equal(winner.Status, loser.Failure.ChallengeStatus);
            Assert.Equal(winner.Reason, loser.Failure.ChallengeReason);
        });

        var view = TestUser.Ok(await user.Grain.GetChallenge(id), "GetChallenge");
        Assert.Equal((winner.Status, winner.Reason), (view.Status, view.Reason));
        var account = TestUser.Ok(await user.Grain.GetAccount(), "GetAccount");
        Assert.Equal(winner.Reason == ChallengeReason.ReportedFraud, account.PushLockedUntil is not null);
    }
}
