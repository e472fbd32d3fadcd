using MfaGrains.Grains.Audit.Log;
using MfaGrains.Hosting.Storage;

namespace MfaGrains.Grains.Tests.Audit;

/// <summary>The Memory provider's audit log: newest first, paged by id, purged by age.</summary>
public sealed class MemoryAuditLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_purge_removes_only_rows_older_than_the_cut_off_and_counts_them()
    {
        var log = new MemoryAuditLog();
        log.Append([Row("jane", Start), Row("jane", Start.AddDays(1)), Row("john", Start)]);

        Assert.Equal(2, await log.PurgeAsync(Start.AddHours(1)));

        Assert.Equal([Start.AddDays(1)], (await log.ReadAsync("jane", null, 10)).Select(r => r.Record.At));
        Assert.Empty(await log.ReadAsync("john", null, 10));
    }

    [Fact]
    public async Task Reads_are_one_users_rows_newest_first_below_the_cursor()
    {
        var log = new MemoryAuditLog();
        log.Append([Row("jane", Start), Row("john", Start), Row("jane", Start.AddMinutes(1)), Row("jane", Start.AddMinutes(2))]);

        var newest = await log.ReadAsync("jane", null, 2);
        var older = await log.ReadAsync("jane", newest[^1].Id, 2);

        Assert.Equal([Start.AddMinutes(2), Start.AddMinutes(1)], newest.Select(r => r.Record.At));
        Assert.Equal([Start], older.Select(r => r.Record.At));
    }

    private static AuditRecord Row(string userId, DateTimeOffset at) => new(userId, "unlocked", null, null, null, null, null, null, at);
}
