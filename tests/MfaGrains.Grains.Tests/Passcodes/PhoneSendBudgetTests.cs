using System.Security.Cryptography;
using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>SMS and voice codes cannot be used for toll fraud or bombing: allowed countries only, no premium ranges, hourly budgets.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class PhoneSendBudgetTests(MfaClusterFixture fixture)
{
    [Theory]
    [InlineData("+33612345678")]
    [InlineData("+12025550123")]
    [InlineData("+4318001234")]
    [InlineData("+449098790123")]
    [InlineData("+448712345678")]
    [InlineData("+448445550123")]
    [InlineData("+447012345678")]
    [InlineData("+44118500123")]
    public async Task Numbers_outside_the_allowed_countries_or_in_premium_ranges_are_invalid(string number)
    {
        var user = new TestUser(fixture);

        var refused = await user.Grain.SetPhoneNumber(number);

        Assert.Equal(MfaErrorCode.InvalidPhoneNumber, refused.Failure?.Code);
        Assert.Equal(MfaErrorCode.UserNotFound, (await user.Grain.GetAccount()).Failure?.Code);
    }

    [Fact]
    public async Task One_number_gets_at_most_ten_codes_an_hour_whichever_users_ask()
    {
        var number = "+447700" + RandomNumberGenerator.GetInt32(100_000, 1_000_000);
        var users = Enumerable.Range(0, 4).Select(_ => new TestUser(fixture)).ToList();
        foreach (var user in users)
        {
            TestUser.Ok(await user.Grain.SetPhoneNumber(number), "SetPhoneNumber");
        }

        var answers = new List<MfaResult<PasscodeSent>>();
        foreach (var user in users)
        {
            for (var i = 0; i < 3; i++)
            {
                answers.Add(await user.Grain.SendPasscode(PhoneChannel.Sms));
            }
        }

        Assert.Equal(10, answers.Count(a => a.Succeeded));
        var refused = answers.Where(a => !a.Succeeded).ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, a => Assert.Equal(MfaErrorCode.TooManyAttempts, a.Failure!.Code));
        Assert.All(refused, a => Assert.True(a.Failure!.RetryAt > fixture.Clock.GetUtcNow()));
        Assert.Equal(10, fixture.Passcodes.To(number).Count);
    }

    [Fact]
    public async Task A_budget_refuses_past_its_limit_until_the_oldest_send_leaves_the_hour()
    {
        var budget = fixture.Client.GetGrain<IPhoneSendBudgetGrain>("test-" + Guid.NewGuid().ToString("N"));
        var start = fixture.Clock.GetUtcNow();

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await budget.TryTake(3, TimeSpan.FromHours(1)));
        }

        var freesAt = await budget.TryTake(3, TimeSpan.FromHours(1));
        Assert.NotNull(freesAt);
        Assert.True(freesAt >= start + TimeSpan.FromHours(1));

        fixture.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.Null(await budget.TryTake(3, TimeSpan.FromHours(1)));
    }
}
