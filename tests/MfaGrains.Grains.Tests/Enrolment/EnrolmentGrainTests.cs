using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Enrolment;

/// <summary>Enrolment through the grains, the way the portal and the phone drive it through the API.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class EnrolmentGrainTests(MfaClusterFixture fixture)
{
    private static readonly ChallengeContext Context = TestUser.Context;

    [Fact]
    public async Task Full_enrolment_activates_the_phone_which_can_then_approve_a_sign_in()
    {
        var user = new TestUser(fixture);
        var phone = new TestPhone();

        var enrolment = await user.StartEnrolment("Jane's work phone");
        Assert.StartsWith("enr_", enrolment.EnrolmentId, StringComparison.Ordinal);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(10), enrolment.ExpiresAt);

        var binding = await user.CodeGrain(enrolment.ActivationCode).Resolve();
        Assert.Equal(new ActivationCodeBinding(user.UserId, enrolment.EnrolmentId, enrolment.ExpiresAt), binding);

        var accepted = TestUser.Ok(await user.Grain.ActivateDevice(phone.Activation(binding!.EnrolmentId, enrolment.ActivationCode)), "ActivateDevice");
        Assert.Equal(new ActivationAccepted(phone.DeviceId, user.UserId, enrolment.EnrolmentId, accepted.TotpSecret), accepted);
        Assert.Matches("^[A-Z2-7]{32}$", accepted.TotpSecret);
        Assert.Equal(EnrolmentStatus.AwaitingVerification, TestUser.Ok(await user.Grain.GetEnrolment(enrolment.EnrolmentId), "GetEnrolment").Status);
        Assert.Equal(MfaErrorCode.NoActiveDevice, (await user.Grain.CreateSignInChallenge(Context)).Failure?.Code);

        var test = TestUser.Ok(await user.Grain.CreateTestChallenge(enrolment.EnrolmentId, Context), "CreateTestChallenge");
        Assert.Equal((ChallengeKind.EnrolmentTest, ChallengeStatus.Pending, 1), (test.Challenge.Kind, test.Challenge.Status, test.DeviceCount));

        var outcome = TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(test.Challenge.ChallengeId, test.Number)), "AnswerChallenge(test)");
        Assert.Equal(new AnswerOutcome(test.Challenge.ChallengeId, ChallengeStatus.Approved, null), outcome);

        var completed = TestUser.Ok(await user.Grain.GetEnrolment(enrolment.EnrolmentId), "GetEnrolment");
        Assert.Equal(
            new EnrolmentView(enrolment.EnrolmentId, user.UserId, EnrolmentStatus.Completed, phone.DeviceId, phone.Name, phone.Platform, enrolment.ExpiresAt),
            completed);
        var device = Assert.Single(TestUser.Ok(await user.Grain.GetAccount(), "GetAccount").Devices);
        Assert.Equal((phone.DeviceId, DeviceStatus.Active), (device.DeviceId, device.Status));

        var signIn = await user.SignIn();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(signIn.Challenge.ChallengeId, signIn.Number)), "AnswerChallenge(sign-in)");
        var view = TestUser.Ok(await user.Grain.GetChallenge(signIn.Challenge.ChallengeId), "GetChallenge");
        Assert.Equal((ChallengeStatus.Approved, phone.DeviceId), (view.Status, view.DeviceId));
    }

    [Fact]
    public async Task The_activation_code_is_readable_only_while_the_enrolment_awaits_activation()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.StartEnrolment();

        Assert.Matches("^[0-9]{9}$", enrolment.ActivationCode);
        Assert.Equal(enrolment.ActivationCode, TestUser.Ok(await user.Grain.GetActivationCode(enrolment.EnrolmentId), "GetActivationCode"));

        TestUser.Ok(await user.Activate(new TestPhone(), enrolment.ActivationCode), "ActivateDevice");

        Assert.Equal(MfaErrorCode.EnrolmentNotFound, (await user.Grain.GetActivationCode(enrolment.EnrolmentId)).Failure?.Code);
        Assert.Null(await user.CodeGrain(enrolment.ActivationCode).Resolve());
    }

    [Fact]
    public async Task A_used_code_cannot_activate_a_second_phone()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.EnrolUnverified(new TestPhone());

        var again = await user.Grain.ActivateDevice(new TestPhone().Activation(enrolment.EnrolmentId, enrolment.ActivationCode));

        Assert.Equal(MfaErrorCode.InvalidActivationCode, again.Failure?.Code);
    }

    [Fact]
    public async Task Cancelling_an_enrolment_releases_its_code_and_ends_it()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.StartEnrolment();

        TestUser.Ok(await user.Grain.CancelEnrolment(enrolment.EnrolmentId), "CancelEnrolment");

        Assert.Null(await user.CodeGrain(enrolment.ActivationCode).Resolve());
        Assert.Equal(EnrolmentStatus.Cancelled, TestUser.Ok(await user.Grain.GetEnrolment(enrolment.EnrolmentId), "GetEnrolment").Status);
        Assert.Equal(MfaErrorCode.EnrolmentNotFound, (await user.Grain.GetActivationCode(enrolment.EnrolmentId)).Failure?.Code);
        Assert.Equal(
            MfaErrorCode.InvalidActivationCode,
            (await user.Grain.ActivateDevice(new TestPhone().Activation(enrolment.EnrolmentId, enrolment.ActivationCode))).Failure?.Code);
        Assert.Equal(MfaErrorCode.EnrolmentNotPending, (await user.Grain.CancelEnrolment(enrolment.EnrolmentId)).Failure?.Code);
    }

    [Fact]
    public async Task Cancelling_an_activated_enrolment_forgets_the_phone()
    {
        var user = new TestUser(fixture);
        var phone = new TestPhone();
        var enrolment = await user.EnrolUnverified(phone);

        TestUser.Ok(await user.Grain.CancelEnrolment(enrolment.EnrolmentId), "CancelEnrolment");

        Assert.Null(await fixture.Client.GetGrain<IDeviceGrain>(phone.DeviceId).GetCredential());
        Assert.Empty(TestUser.Ok(await user.Grain.GetAccount(), "GetAccount").Devices);
        Assert.False(await user.Grain.IsDeviceLive(phone.DeviceId));
    }

    [Fact]
    public async Task An_enrolment_not_completed_in_time_expires_and_its_code_stops_working()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.StartEnrolment();

        fixture.Clock.AdvanceTo(enrolment.ExpiresAt);

        Assert.Equal(EnrolmentStatus.Expired, TestUser.Ok(await user.Grain.GetEnrolment(enrolment.EnrolmentId), "GetEnrolment").Status);
        Assert.Null(await user.CodeGrain(enrolment.ActivationCode).Resolve());
        Assert.Equal(MfaErrorCode.EnrolmentNotFound, (await user.Grain.GetActivationCode(enrolment.EnrolmentId)).Failure?.Code);
    }

    [Fact]
    public async Task A_test_challenge_can_be_asked_for_only_while_awaiting_verification()
    {
        var user = new TestUser(fixture);
        var enrolment = await user.StartEnrolment();

        Assert.Equal(MfaErrorCode.EnrolmentNotPending, (await user.Grain.CreateTestChallenge(enrolment.EnrolmentId, Context)).Failure?.Code);
        Assert.Equal(MfaErrorCode.EnrolmentNotFound, (await user.Grain.CreateTestChallenge("enr_unknown", Context)).Failure?.Code);
    }

    [Fact]
    public async Task The_push_lock_does_not_refuse_enrolment_test_challenges()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Report(signIn.Challenge.ChallengeId)), "AnswerChallenge(report)");
        Assert.Equal(MfaErrorCode.Locked, (await user.Grain.CreateSignInChallenge(Context)).Failure?.Code);

        var newPhone = new TestPhone(DevicePlatform.Ios);
        var enrolment = await user.EnrolUnverified(newPhone);
        var test = TestUser.Ok(await user.Grain.CreateTestChallenge(enrolment.EnrolmentId, Context), "CreateTestChallenge while locked");
        TestUser.Ok(await user.Grain.AnswerChallenge(newPhone.Approve(test.Challenge.ChallengeId, test.Number)), "AnswerChallenge(test)");

        Assert.Equal(EnrolmentStatus.Completed, TestUser.Ok(await user.Grain.GetEnrolment(enrolment.EnrolmentId), "GetEnrolment").Status);
    }

    [Fact]
    public async Task A_reported_test_cancels_the_enrolment_forgets_the_phone_and_locks_push()
    {
        var user = new TestUser(fixture);
        var phone = new TestPhone();
        var enrolment = await user.EnrolUnverified(phone);
        var test = TestUser.Ok(await user.Grain.CreateTestChallenge(enrolment.EnrolmentId, Context), "CreateTestChallenge");

        var outcome = TestUser.Ok(await user.Grain.AnswerChallenge(phone.Report(test.Challenge.ChallengeId)), "AnswerChallenge(report)");

        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.ReportedFraud), (outcome.Status, outcome.Reason));
        Assert.Equal(EnrolmentStatus.Cancelled, TestUser.Ok(await user.Grain.GetEnrolment(enrolment.EnrolmentId), "GetEnrolment").Status);
        Assert.Null(await fixture.Client.GetGrain<IDeviceGrain>(phone.DeviceId).GetCredential());
        var account = TestUser.Ok(await user.Grain.GetAccount(), "GetAccount");
        Assert.Empty(account.Devices);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(60), account.PushLockedUntil);

        // 423 comes before 409: the lock is reported even though no active device is left.
        Assert.Equal(MfaErrorCode.Locked, (await user.Grain.CreateSignInChallenge(Context)).Failure?.Code);
    }

    [Fact]
    public async Task A_sixth_enrolment_is_too_many_devices()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();
        await user.EnrolUnverified(new TestPhone());
        for (var i = 0; i < 3; i++)
        {
            await user.StartEnrolment();
        }

        Assert.Equal(MfaErrorCode.TooManyDevices, (await user.Grain.CreateEnrolment(null)).Failure?.Code);
    }
}
