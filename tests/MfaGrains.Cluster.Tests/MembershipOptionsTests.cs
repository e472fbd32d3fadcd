using MfaGrains.Hosting.Clustering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace MfaGrains.Cluster.Tests;

/// <summary>Cluster mode's failure-detection settings: our defaults, and <c>Orleans:Membership</c> overriding them.</summary>
public sealed class MembershipOptionsTests
{
    [Fact]
    public void PostgreSql_silos_probe_faster_than_Orleans_defaults_but_no_faster_than_every_2_seconds()
    {
        var options = Resolve(new Dictionary<string, string?>());

        Assert.Equal(TimeSpan.FromSeconds(4), options.ProbeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), options.MinProbeTimeout);
        Assert.Equal(2, options.NumMissedProbesLimit);
        Assert.Equal(2, options.NumVotesForDeathDeclaration);
    }

    [Fact]
    public void Orleans_Membership_overrides_any_setting()
    {
        var options = Resolve(new Dictionary<string, string?>
        {
            ["Orleans:Membership:ProbeTimeout"] = "00:00:10",
            ["Orleans:Membership:NumMissedProbesLimit"] = "3",
            ["Orleans:Membership:TableRefreshTimeout"] = "00:00:20",
        });

        Assert.Equal(TimeSpan.FromSeconds(10), options.ProbeTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MinProbeTimeout);
        Assert.Equal(3, options.NumMissedProbesLimit);
        Assert.Equal(TimeSpan.FromSeconds(20), options.TableRefreshTimeout);
    }

    [Fact]
    public void The_SQLite_default_keeps_Orleans_defaults()
    {
        var options = Resolve(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Orleans:Membership:NumMissedProbesLimit"] = "7" });

        Assert.Equal(new ClusterMembershipOptions().ProbeTimeout, options.ProbeTimeout);
        Assert.Equal(new ClusterMembershipOptions().NumMissedProbesLimit, options.NumMissedProbesLimit);
    }

    /// <summary>The options a silo would run with; the host is built, never started, so no database is needed.</summary>
    private static ClusterMembershipOptions Resolve(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Database=unused;Username=unused;Password=unused",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseOrleans(silo => silo.UseMfaGrainsClustering(builder.Configuration));
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
    }
}
