using System.Text.Json;
using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The engine's grain storage, written once and run on every provider: SQLite, PostgreSQL and Memory.</summary>
public abstract class GrainStorageScenarios(IGrainStorageBackend backend)
{
    private const string StateName = StorageProbeGrain.StateName;

    [Fact]
    public async Task Stored_payload_is_plain_json_without_clr_type_names()
    {
        await backend.Cluster.Client.GetGrain<IStorageProbeGrain>("json").Remember("phone-1");

        var row = await backend.FindRowAsync(StateName, "json");

        Assert.NotNull(row);
        Assert.Equal(1, row.Version);
        Assert.DoesNotContain("$type", row.Payload, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(row.Payload!);
        Assert.Equal("phone-1", json.RootElement.GetProperty("Value").GetString());
    }

    [Fact]
    public async Task Clearing_keeps_the_row_with_no_payload_and_a_later_write_continues_its_versions()
    {
        var grain = backend.Cluster.Client.GetGrain<IStorageProbeGrain>("clear");
        await grain.Remember("before");

        await grain.Forget();

        Assert.Null(await grain.Recall());
        Assert.Equal(new StoredRow(null, 2), await backend.FindRowAsync(StateName, "clear"));

        await grain.Remember("after");

        Assert.Equal(3, (await backend.FindRowAsync(StateName, "clear"))!.Version);
        await backend.Cluster.DeactivateAsync(grain);
        Assert.Equal("after", await grain.Recall());
    }

    [Fact]
    public async Task Writes_and_clears_with_a_stale_etag_are_rejected()
    {
        var storage = Storage();
        var grainId = GrainId.Create("storage-probe", "stale");
        var first = new GrainState<StorageProbeState>(new() { Value = "first" });
        await storage.WriteStateAsync(StateName, grainId, first);
        var staleEtag = first.ETag;
        await storage.WriteStateAsync(StateName, grainId, first);

        var secondCreator = new GrainState<StorageProbeState>(new() { Value = "also first" });
        var staleWriter = new GrainState<StorageProbeState>(new() { Value = "late" }, staleEtag);
        var staleClearer = new GrainState<StorageProbeState>(new(), staleEtag) { RecordExists = true };

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, secondCreator));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, staleWriter));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grainId, staleClearer));

        var read = new GrainState<StorageProbeState>();
        await storage.ReadStateAsync(StateName, grainId, read);
        Assert.Equal(("first", "2"), (read.State?.Value, read.ETag));
    }

    [Fact]
    public async Task Concurrent_first_writes_of_one_state_let_exactly_one_win()
    {
        var storage = Storage();
        var grainId = GrainId.Create("storage-probe", "race");
        var creators = Enumerable.Range(0, 8)
            .Select(i => new GrainState<StorageProbeState>(new() { Value = $"creator-{i}" }))
            .ToList();

        var outcomes = await Task.WhenAll(creators.Select(async state =>
        {
            try
            {
                await storage.WriteStateAsync(StateName, grainId, state);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
        Assert.Equal(1, (await backend.FindRowAsync(StateName, "race"))!.Version);
    }

    private IGrainStorage Storage() =>
        backend.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa);
}
