using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Grains.Users;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>
/// What a command answers has been written: after deactivation a grain reloads from storage (memory storage here, which
/// lives outside the activation) and reads back the same.
/// </summary>
[Collection(MfaClusterCollection.Name)]
public sealed class PersistenceTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task An_account_reads_back_the_same_after_its_grain_is_deactivated()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var enrolment = await user.StartEnrolment("spare");
        var denied = await user.SignIn();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Deny(denied.Challenge.ChallengeId)), "AnswerChallenge(deny)");
        var reported = await user.SignIn();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Report(reported.Challenge.ChallengeId)), "AnswerChallenge(report)");
        var before = await ReadAll(user, enrolment.EnrolmentId, denied.Challenge.ChallengeId, reported.Challenge.ChallengeId);

        await Deactivate(user.Grain);

        var after = await ReadAll(user, enrolment.EnrolmentId, denied.Challenge.ChallengeId, reported.Challenge.ChallengeId);
        Assert.Equivalent(before, after, strict: true);
        Assert.NotNull(after.Account.PushLockedUntil);
        Assert.Equal(enrolment.ActivationCode, TestUser.Ok(await user.Grain.GetActivationCode(enrolment.EnrolmentId), "GetActivationCode"));
    }

    [Fact]
    public async Task A_pending_challenge_can_still_be_approved_with_its_number_after_deactivation()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();

        await Deactivate(user.Grain);

        var outcome = TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(signIn.Challenge.ChallengeId, signIn.Number)), "AnswerChallenge");
        Assert.Equal(ChallengeStatus.Approved, outcome.Status);
    }

    [Fact]
    public async Task An_unlock_survives_deactivation()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Report((await user.SignIn()).Challenge.ChallengeId)), "AnswerChallenge(report)");

        TestUser.Ok(await user.Grain.Unlock(), "Unlock");
        await Deactivate(user.Grain);

        Assert.Null(TestUser.Ok(await user.Grain.GetAccount(), "GetAccount").PushLockedUntil);
        await user.SignIn();
    }

    [Fact]
    public async Task A_device_registration_survives_deactivation()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var device = fixture.Client.GetGrain<IDeviceGrain>(phone.DeviceId);

        await Deactivate(device);

        Assert.Equal(new DeviceCredential(user.UserId, phone.PublicKey), await device.GetCredential());
    }

    [Fact]
    public async Task An_activation_code_binding_survives_deactivation()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.StartEnrolment();
        var code = user.CodeGrain(enrolment.ActivationCode);

        await Deactivate(code);

        Assert.Equal(new ActivationCodeBinding(user.UserId, enrolment.EnrolmentId, enrolment.ExpiresAt), await code.Resolve());
    }

    [Fact]
    public async Task A_loaded_account_names_each_device_and_enrolment_with_one_string_and_shares_the_empty_context()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        await user.SignIn();
        var approved = await user.SignIn();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(approved.Challenge.ChallengeId, approved.Number)), "AnswerChallenge");

        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa);
        var loaded = new GrainState<UserState>();
        await storage.ReadStateAsync("user", user.Grain.GetGrainId(), loaded);
        var state = loaded.State!;

        var device = Assert.Single(state.Devices);
        var enrolment = Assert.Single(state.Enrolments, e => e.DeviceId == phone.DeviceId);
        var deliveries = state.Challenges.SelectMany(c => c.Deliveries).ToList();
        Assert.True(deliveries.Count >= 2, $"{deliveries.Count} deliveries");
        Assert.All(deliveries, d => Assert.Same(device.Id, d.DeviceId));
        Assert.Same(device.Id, enrolment.DeviceId);
        Assert.Same(enrolment.Id, device.EnrolmentId);
        var answered = state.Challenges.Where(c => c.AnsweredBy is not null).ToList();
        Assert.True(answered.Count == 2, $"{answered.Count} answered challenges (the test and a sign-in)");
        Assert.All(answered, c => Assert.Same(device.Id, c.AnsweredBy));
        Assert.Same(enrolment.Id, Assert.Single(state.Challenges, c => c.Kind == ChallengeKind.EnrolmentTest).EnrolmentId);
        Assert.All(state.Challenges.Where(c => !c.IsPending), c => Assert.Same(ChallengeRecord.NoContext, c.Context));
    }

    private async Task Deactivate(IAddressable grain)
    {
        await fixture.Cluster.DeactivateAsync(grain).Within($"deactivating {grain.GetGrainId()}");
        Assert.False(fixture.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), $"{grain.GetGrainId()} is still active");
    }

    private static async Task<AccountSnapshot> ReadAll(TestUser user, string enrolmentId, params string[] challengeIds)
    {
        var challenges = new List<ChallengeView>();
        foreach (var id in challengeIds)
        {
            challenges.Add(TestUser.Ok(await user.Grain.GetChallenge(id), "GetChallenge"));
        }

        return new AccountSnapshot(
            TestUser.Ok(await user.Grain.GetAccount(), "GetAccount"),
            TestUser.Ok(await user.Grain.GetEnrolment(enrolmentId), "GetEnrolment"),
            challenges);
    }

    private sealed record AccountSnapshot(AccountView Account, EnrolmentView Enrolment, IReadOnlyList<ChallengeView> Challenges);
}
