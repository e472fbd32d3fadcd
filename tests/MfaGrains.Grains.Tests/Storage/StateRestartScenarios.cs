using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>State must outlive the whole cluster: written once, run on every backend.</summary>
public abstract class StateRestartScenarios
{
    /// <summary>Starts a fresh cluster on the backend's database (the same one every time).</summary>
    protected abstract Task<InProcessTestCluster> StartClusterAsync();

    /// <summary>Drops whatever the previous cluster left in this process's connection pools.</summary>
    protected abstract void ForgetConnections();

    [Fact]
    public async Task State_written_before_a_full_cluster_restart_reads_back_after_it()
    {
        await using (var before = await StartClusterAsync())
        {
            await before.Client.GetGrain<IStorageProbeGrain>("alice").Remember("phone-1");
            await before.StopAllSilosAsync();
        }

        // Nothing of the first cluster may carry over: the next one opens the database afresh.
        ForgetConnections();
        await using var after = await StartClusterAsync();

        Assert.Equal("phone-1", await after.Client.GetGrain<IStorageProbeGrain>("alice").Recall());
    }
}
