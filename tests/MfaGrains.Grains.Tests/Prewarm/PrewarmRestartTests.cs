using MfaGrains.Contracts.Prewarm;
using MfaGrains.Grains.Tests.Storage;
using Eventually = MfaGrains.Testing.Eventually;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Prewarm;

/// <summary>A scheduled pre-warm survives a restart of the whole cluster: its reminder is persisted in PostgreSQL and wakes it.</summary>
public sealed class PrewarmRestartTests : IAsyncLifetime
{
    private TempPostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TempPostgresDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_job_scheduled_before_a_restart_runs_after_it()
    {
        var jobId = $"pwj_{Guid.NewGuid():N}";
        var ids = new[] { $"nobody-{Guid.NewGuid():N}@example.test", $"nobody-{Guid.NewGuid():N}@example.test" };
        var reminders = $"SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE '%{jobId}'";

        var before = await StartAsync();
        var scheduled = await before.Client.GetGrain<IPrewarmJobGrain>(jobId).Schedule(new PrewarmRequest(ids, DateTimeOffset.UtcNow.AddSeconds(15), 0));
        Assert.Equal(PrewarmJobStatus.Scheduled, scheduled.Status);
        Assert.Equal([1L], await _database.ColumnAsync<long>(reminders));
        await before.StopAllSilosAsync();
        await before.DisposeAsync();

        await using var after = await StartAsync();
        await Eventually.Until(async () => (await _database.ColumnAsync<long>(reminders)).Single(), n => n == 0, "the job to finish and drop its reminder", TimeSpan.FromSeconds(60));
        var done = await after.Client.GetGrain<IPrewarmJobGrain>(jobId).GetStatus();

        Assert.Equal((PrewarmJobStatus.Completed, 2, 0, 2), (done!.Status, done.Requested, done.Warmed, done.Unknown));
    }

    private Task<TestCluster> StartAsync() => PostgreSqlTestCluster.StartAsync(_database, silos: 1, configure: builder =>
    {
        foreach (var (key, value) in PrewarmSiloConfigurator.Secrets)
        {
            builder.Properties[key] = value!;
        }

        builder.AddSiloBuilderConfigurator<PrewarmSiloConfigurator>();
    });
}
