using System.Text;
using MfaGrains.Hosting.Storage;
using MfaGrains.Hosting.Storage.GroupCommit;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>One silo on the Memory provider shared by the tests of a class, its rows read past Orleans.</summary>
public sealed class MemoryGrainStorageFixture : IAsyncLifetime, IGrainStorageBackend
{
    private const string ServiceId = "mfagrains-memory-storage-tests";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) => silo.AddMfaGrainsMemoryStorage());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task<StoredRow?> FindRowAsync(string stateName, string grainKey)
    {
        IStateRows rows = Cluster.GetSiloServiceProvider().GetRequiredService<MemoryStateRows>();
        var row = await rows.ReadAsync(StateRowKey.For(ServiceId, stateName, GrainId.Create("storage-probe", grainKey)));
        return row is null ? null : new StoredRow(row.Payload is null ? null : Encoding.UTF8.GetString(row.Payload), row.Version);
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
