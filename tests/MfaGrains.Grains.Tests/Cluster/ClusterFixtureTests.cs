using MfaGrains.Grains.Options;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>The shared cluster is what the grain tests assume it is.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class ClusterFixtureTests(MfaClusterFixture fixture)
{
    [Fact]
    public void Every_silo_uses_the_test_clock_for_the_domain_and_leaves_the_unkeyed_clock_to_orleans()
    {
        var silos = fixture.Cluster.Silos;

        Assert.Equal(2, silos.Count);
        Assert.All(silos, silo =>
        {
            var services = fixture.Cluster.GetSiloServiceProvider(silo.SiloAddress);
            Assert.Same(fixture.Clock, services.GetRequiredKeyedService<TimeProvider>(MfaClock.Key));
            Assert.NotSame(fixture.Clock, services.GetService<TimeProvider>());
        });
    }
}
