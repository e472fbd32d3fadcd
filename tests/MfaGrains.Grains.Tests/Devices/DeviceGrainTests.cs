using MfaGrains.Grains.Devices;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Grains.Users;
using MfaGrains.Push.Sending;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Devices;

/// <summary>
/// The device grain holds what the API needs to verify a phone's signature: its owner and public key. The push token
/// is the account's, so pushes go from the user grain.
/// </summary>
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
    public async Task A_sign_in_is_pushed_by_the_user_grain_to_the_token_the_phone_gave_last()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive(new TestPhone(DevicePlatform.Ios, pushToken: "apns-first"));
        TestUser.Ok(await user.Grain.UpdatePushToken(phone.DeviceId, "apns-rotated"), "UpdatePushToken");

        var challenge = (await user.SignIn()).Challenge;

        var job = Assert.Single(fixture.Pushes.Jobs, job => job.Message.ChallengeId == challenge.ChallengeId);
        Assert.Equal((PushProvider.Apns, "apns-rotated", phone.DeviceId, user.UserId), (job.Provider, job.Message.DeviceToken, job.Message.DeviceId, job.UserId));
    }

    [Fact]
    public async Task A_dead_token_report_clears_only_the_token_it_names()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive(new TestPhone(DevicePlatform.Android, pushToken: "fcm-old"));
        TestUser.Ok(await user.Grain.UpdatePushToken(phone.DeviceId, "fcm-new"), "UpdatePushToken");

        await user.Grain.ClearDeadPushToken(phone.DeviceId, "fcm-old");
        Assert.Equal(DeliveryChannel.Fcm, Assert.Single((await user.SignIn()).Challenge.Deliveries).Channel);

        await user.Grain.ClearDeadPushToken(phone.DeviceId, "fcm-new");
        Assert.Equal(DeliveryChannel.None, Assert.Single((await user.SignIn()).Challenge.Deliveries).Channel);
    }

    [Fact]
    public async Task A_push_token_an_older_engine_kept_in_the_device_grain_moves_into_the_account()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive(new TestPhone(DevicePlatform.Android, pushToken: "fcm-kept-by-the-device"));
        await fixture.Cluster.DeactivateAsync(user.Grain).Within("deactivating the user");
        await fixture.Cluster.DeactivateAsync(Device(phone)).Within("deactivating the device");

        // As an engine before the move stored them: the account says there is a token, the device grain holds it.
        await RewriteStored<UserState>("user", user.UserId, s => s.Devices.Single().SealedPushToken = null);
        await RewriteStored<DeviceState>("device", phone.DeviceId, s => s.Registration = s.Registration! with { PushToken = "fcm-kept-by-the-device" });

        var challenge = (await user.SignIn()).Challenge;

        Assert.Equal(DeliveryChannel.Fcm, Assert.Single(challenge.Deliveries).Channel);
        var job = Assert.Single(fixture.Pushes.Jobs, job => job.Message.ChallengeId == challenge.ChallengeId);
        Assert.Equal("fcm-kept-by-the-device", job.Message.DeviceToken);
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

    private async Task RewriteStored<TState>(string grainType, string key, Action<TState> change)
    {
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa);
        var grainId = GrainId.Create(grainType, key);
        var stored = new GrainState<TState>();
        await storage.ReadStateAsync(grainType, grainId, stored);
        Assert.True(stored.RecordExists, $"no stored {grainType} state for {key}");
        change(stored.State!);
        await storage.WriteStateAsync(grainType, grainId, stored);
    }
}
