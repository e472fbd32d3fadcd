using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Devices;

/// <summary>The user and device grains never wait on each other: the device grain only answers, or asks its user read-only.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class CallCycleTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task Removing_a_device_while_its_push_token_rotates_completes_both()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive(new TestPhone(DevicePlatform.Android, pushToken: "fcm-token"));

        var rotate = user.Grain.UpdatePushToken(phone.DeviceId, "rotated-token");
        var clearDead = user.Grain.ClearDeadPushToken(phone.DeviceId, "fcm-token");
        var remove = user.Grain.RemoveDevice(phone.DeviceId);
        await Task.WhenAll(rotate, clearDead, remove).Within("the rotation, the dead-token report and the removal");

        TestUser.Ok(await remove, "RemoveDevice");
        Assert.Null(await fixture.Client.GetGrain<IDeviceGrain>(phone.DeviceId).GetCredential());
    }
}
