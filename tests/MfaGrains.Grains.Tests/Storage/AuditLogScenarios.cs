using MfaGrains.Grains.Audit.Log;
using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The audit log's storage side, written once and run on SQLite, PostgreSQL and the Memory provider.</summary>
public abstract class AuditLogScenarios(IGrainStorageBackend backend)
{
    private const string StateName = "audited";
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Records_commit_with_their_state_and_a_stale_write_appends_none()
    {
        var user = NewUser();
        var grainId = GrainId.Create("audited-probe", user);
        var issued = new AuditedProbeState { Value = "issued" };
        issued.UncommittedAudit.AddRange([Record(user, "challenge.issued", 0), Record(user, "push.sent", 1)]);
        await Storage().WriteStateAsync(StateName, grainId, new GrainState<AuditedProbeState>(issued));

        // The grain empties its list after the write, not the storage.
        Assert.Equal(2, issued.UncommittedAudit.Count);
        var late = new AuditedProbeState { Value = "late" };
        late.UncommittedAudit.Add(Record(user, "challenge.approved", 2));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage().WriteStateAsync(StateName, grainId, new GrainState<AuditedProbeState>(late)));

        var log = await AuditLog().ReadAsync(user, before: null, limit: 10);
        Assert.Equal(["push.sent", "challenge.issued"], log.Select(r => r.Record.Event));
        Assert.Equal(Record(user, "push.sent", 1), log[0].Record);
        Assert.True(log[0].Id > log[1].Id);
    }

    [Fact]
    public async Task Pages_run_newest_first_before_an_id_and_hold_only_that_user()
    {
        var user = NewUser();
        var other = NewUser();
        var probe = new AuditedProbeState();
        var state = new GrainState<AuditedProbeState>(probe);
        for (var i = 0; i < 5; i++)
        {
            probe.UncommittedAudit.Add(Record(user, $"event.{i}", i));
            probe.UncommittedAudit.Add(Record(other, $"other.{i}", i));
            await Storage().WriteStateAsync(StateName, GrainId.Create("audited-probe", user), state);
            probe.UncommittedAudit.Clear();
        }

        var first = await AuditLog().ReadAsync(user, before: null, limit: 2);
        var second = await AuditLog().ReadAsync(user, before: first[^1].Id, limit: 2);
        var last = await AuditLog().ReadAsync(user, before: second[^1].Id, limit: 2);

        Assert.Equal(["event.4", "event.3"], first.Select(r => r.Record.Event));
        Assert.Equal(["event.2", "event.1"], second.Select(r => r.Record.Event));
        Assert.Equal(["event.0"], last.Select(r => r.Record.Event));
        Assert.Empty(await AuditLog().ReadAsync(user, before: last[0].Id, limit: 2));
    }

    [Fact]
    public async Task Purge_removes_only_records_older_than_the_cut()
    {
        // Long before anything the other tests write, so their records are untouched.
        var user = NewUser();
        var cut = new DateTimeOffset(2001, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var probe = new AuditedProbeState();
        probe.UncommittedAudit.AddRange(
        [
            Record(user, "old", at: cut.AddDays(-30)),
            Record(user, "just-before", at: cut.AddTicks(-10)),
            Record(user, "at-the-cut", at: cut),
            Record(user, "new", at: cut.AddDays(1).ToOffset(TimeSpan.FromHours(2))),
        ]);
        await Storage().WriteStateAsync(StateName, GrainId.Create("audited-probe", user), new GrainState<AuditedProbeState>(probe));

        Assert.Equal(2, await AuditLog().PurgeAsync(cut));

        var kept = await AuditLog().ReadAsync(user, before: null, limit: 10);
        Assert.Equal(["new", "at-the-cut"], kept.Select(r => r.Record.Event));
        Assert.Equal(cut.AddDays(1), kept[0].Record.At);
        Assert.Equal(0, await AuditLog().PurgeAsync(cut));
    }

    private static string NewUser() => $"user-{Guid.NewGuid():N}@audit.test";

    private static AuditRecord Record(string user, string name, int minutes) => Record(user, name, Now.AddMinutes(minutes));

    private static AuditRecord Record(string user, string name, DateTimeOffset at) =>
        new(user, name, "c-1", "push", "pending", null, "d-1", "fcm", at);

    private IGrainStorage Storage() => backend.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa);

    private IAuditLog AuditLog() => backend.Cluster.GetSiloServiceProvider().GetRequiredService<IAuditLog>();
}

/// <summary>The audit log's storage side on SQLite.</summary>
public sealed class SqliteAuditLogTests(SqliteGrainStorageFixture fixture) : AuditLogScenarios(fixture), IClassFixture<SqliteGrainStorageFixture>;

/// <summary>The audit log's storage side on PostgreSQL.</summary>
public sealed class PostgreSqlAuditLogTests(PostgreSqlGrainStorageFixture fixture) : AuditLogScenarios(fixture), IClassFixture<PostgreSqlGrainStorageFixture>;

/// <summary>The audit log's storage side on the Memory provider.</summary>
public sealed class MemoryAuditLogScenarioTests(MemoryGrainStorageFixture fixture) : AuditLogScenarios(fixture), IClassFixture<MemoryGrainStorageFixture>;
