using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>A silo dies; the survivor notices through probes and records it in PostgreSQL, then serves the dead silo's grains.</summary>
[Collection(PostgreSqlClusterCollection.Name)]
public sealed class PostgreSqlSiloFailureTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan DeathDeadline = TimeSpan.FromSeconds(45);

    private TempPostgresDatabase _database = null!;
    private TestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _database = await TempPostgresDatabase.CreateAsync();
        _cluster = await _database.DropIfFailingAsync(() => PostgreSqlTestCluster.StartAsync(_database));
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Survivor_declares_a_crashed_silo_dead_and_serves_its_grains_from_storage()
    {
        var grain = _cluster.Client.GetGrain<IClusterProbeGrain>("orphaned");
        var written = await grain.Remember("kept");
        var victim = _cluster.Silos.Single(s => s.SiloAddress.ToParsableString() == written.Silo);
        var survivor = _cluster.Silos.Single(s => s != victim);

        await _cluster.CrashAsync(_database, victim);
        var took = await Eventually.HoldsAsync(
            async () => (await MembershipRow.FindAsync(_database, ClusterId, victim))?.Status == MembershipRow.Dead,
            DeathDeadline,
            async () => $"crashed silo {victim.Name} is still {(await MembershipRow.FindAsync(_database, ClusterId, victim))?.Status} in orleansmembershiptable");
        output.WriteLine($"{survivor.Name} recorded {victim.Name} dead {took.TotalSeconds:0.0} s after the crash");

        var deadRow = (await MembershipRow.FindAsync(_database, ClusterId, victim))!;
        Assert.Contains(survivor.SiloAddress.ToParsableString(), deadRow.SuspectTimes, StringComparison.Ordinal);

        var read = await grain.Recall();
        Assert.Equal(("kept", survivor.SiloAddress.ToParsableString()), (read.Value, read.Silo));
    }

    [Fact]
    public async Task Defunct_cleanup_removes_only_dead_silos_rows()
    {
        var victim = _cluster.Silos[1];
        var survivor = _cluster.Silos[0];
        await _cluster.KillSiloAsync(victim);
        await Eventually.HoldsAsync(
            async () => (await MembershipRow.FindAsync(_database, ClusterId, victim))?.Status == MembershipRow.Dead,
            DeathDeadline,
            () => Task.FromResult($"stopped silo {victim.Name} never reached Dead in orleansmembershiptable"));

        var table = ((InProcessSiloHandle)survivor).SiloHost.Services.GetRequiredService<IMembershipTable>();
        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal([survivor.Name], (await MembershipRow.ReadAllAsync(_database, ClusterId)).Select(r => r.SiloName));
    }

    private string ClusterId => _cluster.Options.ClusterId;
}
