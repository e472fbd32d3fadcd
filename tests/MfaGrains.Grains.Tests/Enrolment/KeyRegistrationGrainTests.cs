using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Enrolment;

/// <summary>A key belongs to one live device: device_already_registered while it is live, free again once its enrolment expired.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class KeyRegistrationGrainTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task A_key_another_user_holds_cannot_be_registered_again()
    {
        var owner = new TestUser(fixture);
        var phone = await owner.EnrolActive();
        var other = new TestUser(fixture);
        var enrolment = await other.StartEnrolment();

        var activated = await other.Activate(phone, enrolment.ActivationCode);

        Assert.Equal(MfaErrorCode.DeviceAlreadyRegistered, activated.Failure?.Code);
        Assert.Equal(EnrolmentStatus.AwaitingActivation, TestUser.Ok(await other.Grain.GetEnrolment(enrolment.EnrolmentId), "GetEnrolment").Status);
        Assert.Equal(owner.UserId, (await fixture.Client.GetGrain<IDeviceGrain>(phone.DeviceId).GetCredential())?.UserId);
    }

    [Fact]
    public async Task A_key_the_user_already_holds_cannot_be_registered_again()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var enrolment = await user.StartEnrolment();

        Assert.Equal(MfaErrorCode.DeviceAlreadyRegistered, (await user.Activate(phone, enrolment.ActivationCode)).Failure?.Code);
    }

    [Fact]
    public async Task A_key_still_awaiting_verification_cannot_be_registered_by_another_user()
    {
        var first = new TestUser(fixture);
        var phone = new TestPhone();
        await first.EnrolUnverified(phone);
        var second = new TestUser(fixture);

        var activated = await second.Activate(phone, (await second.StartEnrolment()).ActivationCode);

        Assert.Equal(MfaErrorCode.DeviceAlreadyRegistered, activated.Failure?.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_key_whose_enrolment_expired_can_be_registered_again(bool sameUser)
    {
        var first = new TestUser(fixture);
        var phone = new TestPhone();
        var expired = await first.EnrolUnverified(phone);
        fixture.Clock.AdvanceTo(expired.ExpiresAt);
        var second = sameUser ? first : new TestUser(fixture);

        var activated = await second.Activate(phone, (await second.StartEnrolment()).ActivationCode);

        TestUser.Ok(activated, "ActivateDevice after expiry");
        Assert.Equal(second.UserId, (await fixture.Client.GetGrain<IDeviceGrain>(phone.DeviceId).GetCredential())?.UserId);
        Assert.True(await second.Grain.IsDeviceLive(phone.DeviceId));
    }
}
