using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Devices;

/// <summary>The device grain holds what the API needs to verify a phone's signature: its owner and public key.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class DeviceGrainTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task An_activated_phone_has_a_credential_naming_its_owner_and_key()
    {
        var user = new TestUser(fixture);
        var phone = new TestPhone();
        await user.EnrolUnverified(phone);

        var credential = await Device(phone).GetCredential();

        Assert.Equal(new DeviceCredential(user.UserId, phone.PublicKey), credential);
    }

    [Fact]
    public async Task An_unknown_key_has_no_credential()
    {
        Assert.Null(await Device(new TestPhone()).GetCredential());
    }

    [Fact]
    public async Task A_removed_phone_has_no_credential_and_its_pending_challenge_ends()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();

        TestUser.Ok(await user.Grain.RemoveDevice(phone.DeviceId), "RemoveDevice");

        Assert.Null(await Device(phone).GetCredential());
        var view = TestUser.Ok(await user.Grain.GetChallenge(signIn.Challenge.ChallengeId), "GetChallenge");
        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.DeviceRemoved), (view.Status, view.Reason));
        Assert.Equal(MfaErrorCode.DeviceNotFound, (await user.Grain.RemoveDevice(phone.DeviceId)).Failure?.Code);
    }

    [Fact]
    public async Task A_challenge_sent_to_two_phones_stays_pending_when_one_is_removed()
    {
        var user = new TestUser(fixture);
        var kept = await user.EnrolActive();
        var removed = await user.EnrolActive();
        var signIn = await user.SignIn();

        TestUser.Ok(await user.Grain.RemoveDevice(removed.DeviceId), "RemoveDevice");

        Assert.Equal(ChallengeStatus.Pending, TestUser.Ok(await user.Grain.GetChallenge(signIn.Challenge.ChallengeId), "GetChallenge").Status);
        TestUser.Ok(await user.Grain.AnswerChallenge(kept.Approve(signIn.Challenge.ChallengeId, signIn.Number)), "AnswerChallenge");
    }

    [Fact]
    public async Task A_phone_whose_enrolment_expired_is_refused_by_its_owner()
    {
        // The device grain keeps the key; the user grain, consulted on every phone call, decides whether it is live.
        var user = new TestUser(fixture);
        var phone = new TestPhone();
        var enrolment = await user.EnrolUnverified(phone);

        fixture.Clock.AdvanceTo(enrolment.ExpiresAt);

        Assert.False(await user.Grain.IsDeviceLive(phone.DeviceId));
        var pending = await user.Grain.GetPendingChallenges(phone.DeviceId, TimeSpan.Zero, CancellationToken.None);
        Assert.Equal(MfaErrorCode.DeviceNotFound, pending.Failure?.Code);
    }

    [Fact]
    public async Task Clearing_the_push_token_makes_the_next_challenge_pull_only()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive(new TestPhone(DevicePlatform.Ios, pushToken: "apns-token"));
        Assert.Equal(DeliveryChannel.Apns, Assert.Single((await user.SignIn()).Challenge.Deliveries).Channel);

        TestUser.Ok(await user.Grain.UpdatePushToken(phone.DeviceId, null), "UpdatePushToken(null)");

        var pullOnly = Assert.Single((await user.SignIn()).Challenge.Deliveries);
        Assert.Equal((DeliveryChannel.None, DeliveryState.NoToken), (pullOnly.Channel, pullOnly.State));

        TestUser.Ok(await user.Grain.UpdatePushToken(phone.DeviceId, "rotated-token"), "UpdatePushToken(rotated)");
        Assert.Equal(DeliveryChannel.Apns, Assert.Single((await user.SignIn()).Challenge.Deliveries).Channel);
    }

    [Fact]
    public async Task A_push_whose_token_vanished_after_issue_is_recorded_as_pull_only()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive(new TestPhone(DevicePlatform.Android, pushToken: "fcm-token"));
        var challenge = (await user.SignIn()).Challenge;
        Assert.Equal(DeliveryChannel.Fcm, Assert.Single(challenge.Deliveries).Channel);

        // The token goes between the challenge's issue and the device grain's push.
        TestUser.Ok(await user.Grain.UpdatePushToken(phone.DeviceId, null), "UpdatePushToken(null)");
        await Device(phone).Push(new PushRequest(user.UserId, challenge.ChallengeId, TestUser.Context.Application, challenge.ExpiresAt));

        var delivery = await Deadline.Until(
            async () => Assert.Single(TestUser.Ok(await user.Grain.GetChallenge(challenge.ChallengeId), "GetChallenge").Deliveries),
            d => d.State != DeliveryState.Pending,
            "the delivery of the challenge to a phone without a token");
        Assert.Equal((DeliveryChannel.None, DeliveryState.NoToken), (delivery.Channel, delivery.State));
    }

    [Fact]
    public async Task Updating_the_push_token_of_an_unknown_key_is_device_not_found()
    {
        Assert.Equal(MfaErrorCode.DeviceNotFound, (await new TestUser(fixture).Grain.UpdatePushToken(new TestPhone().DeviceId, "token")).Failure?.Code);
    }

    [Fact]
    public async Task A_key_whose_thumbprint_is_not_the_device_id_is_not_stored()
    {
        var phone = new TestPhone();
        var other = new TestPhone();
        var registration = new DeviceRegistration("someone", other.PublicKey, phone.Platform, null, null, null);

        var result = await Device(phone).Register(registration);

        Assert.Equal(MfaErrorCode.InvalidSignature, result.Failure?.Code);
        Assert.Null(await Device(phone).GetCredential());
    }

    private IDeviceGrain Device(TestPhone phone) => fixture.Client.GetGrain<IDeviceGrain>(phone.DeviceId);
}
