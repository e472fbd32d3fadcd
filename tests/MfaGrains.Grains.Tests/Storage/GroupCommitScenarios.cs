using System.Text;
using MfaGrains.Grains.Audit.Log;
using MfaGrains.Grains.Hosting;
using MfaGrains.Hosting.Storage.GroupCommit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The batching storage against a real database: Orleans' format of record both ways, and per-row versions in one batch.</summary>
public abstract class GroupCommitScenarios(IGrainStorageBackend backend)
{
    private const string StateName = "compat";

    public static TheoryData<string> KeyKinds => ["string", "integer", "integer+extension", "guid", "guid+extension"];

    [Theory]
    [MemberData(nameof(KeyKinds))]
    public async Task Rows_written_in_batches_are_read_by_orleans_provider_and_rows_orleans_writes_are_read_back(string keyKind)
    {
        var (batching, orleans) = (Batching(), Orleans());
        var grainId = NewGrain(keyKind);

        await batching.WriteStateAsync(StateName, grainId, new GrainState<StorageProbeState>(new() { Value = "from batching" }));
        var seen = await ReadAsync(orleans, grainId);
        Assert.Equal(("from batching", "1", true), (seen.State?.Value, seen.ETag, seen.RecordExists));

        seen.State!.Value = "from orleans";
        await orleans.WriteStateAsync(StateName, grainId, seen);
        var back = await ReadAsync(batching, grainId);
        Assert.Equal(("from orleans", "2", true), (back.State?.Value, back.ETag, back.RecordExists));

        await batching.ClearStateAsync(StateName, grainId, back);
        var cleared = await ReadAsync(orleans, grainId);
        Assert.Equal((null, "3", false), (cleared.State?.Value, cleared.ETag, cleared.RecordExists));

        var created = NewGrain(keyKind);
        await orleans.WriteStateAsync(StateName, created, new GrainState<StorageProbeState>(new() { Value = "created by orleans" }));
        var found = await ReadAsync(batching, created);
        Assert.Equal(("created by orleans", "1"), (found.State?.Value, found.ETag));
        found.State!.Value = "then by batching";
        await batching.WriteStateAsync(StateName, created, found);
        Assert.Equal(("then by batching", "2"), ((await ReadAsync(orleans, created)).State?.Value, (await ReadAsync(orleans, created)).ETag));
    }

    [Fact]
    public async Task In_one_batch_only_the_stale_write_is_refused_and_the_others_commit()
    {
        var (fresh, stale, current) = (NewGrain("string"), NewGrain("string"), NewGrain("string"));
        var written = new GrainState<StorageProbeState>(new() { Value = "v1" });
        await Batching().WriteStateAsync(StateName, stale, written);
        await Batching().WriteStateAsync(StateName, stale, written);
        await Batching().WriteStateAsync(StateName, current, new GrainState<StorageProbeState>(new() { Value = "v1" }));

        var versions = await Store().WriteBatchAsync(
        [
            Pending(fresh, expected: null, "fresh"),
            Pending(stale, expected: 1, "stale"),
            Pending(current, expected: 1, "current"),
            Pending(fresh, expected: 1, "fresh again"),
            Pending(current, expected: 1, "current, now stale"),
        ]);

        Assert.Equal([1, null, 2, 2, null], versions);
        Assert.Equal(("fresh again", "2"), Show(await ReadAsync(Orleans(), fresh)));
        Assert.Equal(("v1", "2"), Show(await ReadAsync(Orleans(), stale)));
        Assert.Equal(("current", "2"), Show(await ReadAsync(Orleans(), current)));
    }

    [Fact]
    public async Task Many_keys_are_read_in_one_query_each_with_its_own_row()
    {
        var (written, missing, cleared, other) = (NewGrain("guid"), NewGrain("string"), NewGrain("integer"), NewGrain("string"));
        await Batching().WriteStateAsync(StateName, written, new GrainState<StorageProbeState>(new() { Value = "written" }));
        var toClear = new GrainState<StorageProbeState>(new() { Value = "soon gone" });
        await Batching().WriteStateAsync(StateName, cleared, toClear);
        await Batching().ClearStateAsync(StateName, cleared, toClear);
        await Batching().WriteStateAsync(StateName, other, new GrainState<StorageProbeState>(new() { Value = "other" }));

        var rows = await Store().ReadBatchAsync([Key(other), Key(missing), Key(written), Key(cleared), Key(written)]);

        Assert.Equal(["\"other\"", null, "\"written\"", null, "\"written\""], rows.Select(r => ValueOf(r?.Payload)));
        Assert.Equal([1, null, 1, 2, 1], rows.Select(r => r?.Version));
    }

    private static (string?, string?) Show(GrainState<StorageProbeState> state) => (state.State?.Value, state.ETag);

    private static string? ValueOf(byte[]? payload) =>
        payload is null ? null : System.Text.Json.JsonDocument.Parse(Encoding.UTF8.GetString(payload)).RootElement.GetProperty("Value").GetRawText();

    private static GrainId NewGrain(string keyKind)
    {
        var type = GrainType.Create("compat-probe");
        var n = Random.Shared.NextInt64(1, long.MaxValue);
        return keyKind switch
        {
            "string" => GrainId.Create(type, $"user-{Guid.NewGuid():N}@compat.test"),
            "integer" => GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(n)),
            "integer+extension" => GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(n, "ext")),
            "guid" => GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
            "guid+extension" => GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid(), "ext")),
            _ => throw new ArgumentOutOfRangeException(nameof(keyKind), keyKind, null),
        };
    }

    private static async Task<GrainState<StorageProbeState>> ReadAsync(IGrainStorage storage, GrainId grainId)
    {
        var state = new GrainState<StorageProbeState>();
        await storage.ReadStateAsync(StateName, grainId, state);
        return state;
    }

    private PendingWrite Pending(GrainId grainId, int? expected, string value) =>
        new(Key(grainId), expected, Encoding.UTF8.GetBytes($$"""{"Value":"{{value}}"}"""), Array.Empty<AuditRecord>());

    private StateRowKey Key(GrainId grainId) => StateRowKey.For(Services().GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId, StateName, grainId);

    private IServiceProvider Services() => backend.Cluster.GetSiloServiceProvider();

    private IGrainStorage Batching() => Services().GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa);

    private IGrainStorage Orleans() => Services().GetRequiredKeyedService<IGrainStorage>(OrleansReferenceStorage.Name);

    private IStateRowStore Store() => Services().GetRequiredService<IStateRowStore>();
}

/// <summary>The batching storage on SQLite.</summary>
public sealed class SqliteGroupCommitTests(SqliteGrainStorageFixture fixture) : GroupCommitScenarios(fixture), IClassFixture<SqliteGrainStorageFixture>;

/// <summary>The batching storage on PostgreSQL.</summary>
public sealed class PostgreSqlGroupCommitTests(PostgreSqlGrainStorageFixture fixture) : GroupCommitScenarios(fixture), IClassFixture<PostgreSqlGrainStorageFixture>;
