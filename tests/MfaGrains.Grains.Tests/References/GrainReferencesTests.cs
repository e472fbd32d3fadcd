using MfaGrains.Contracts.References;
using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.References;

/// <summary>References built from the once-resolved grain type reach the grain Orleans' own <c>GetGrain</c> names.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class GrainReferencesTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task A_reference_built_from_the_cached_type_names_and_calls_the_same_grain()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var cached = fixture.Client.Get<IUserGrain>(user.UserId);
            Assert.Equal(fixture.Client.GetGrain<IUserGrain>(user.UserId).GetGrainId(), cached.GetGrainId());
            Assert.Equal(fixture.Client.GetGrain<IDeviceGrain>(phone.DeviceId).GetGrainId(), fixture.Client.Get<IDeviceGrain>(phone.DeviceId).GetGrainId());
            Assert.Contains((await cached.GetAccount()).Value!.Devices, d => d.DeviceId == phone.DeviceId);
        }
    }
}
