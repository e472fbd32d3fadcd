using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.EndToEnd;
using Microsoft.Data.Sqlite;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.Prewarm;

/// <summary>On the single-machine default, a scheduled pre-warm survives a restart: its reminder is kept in the SQLite file and wakes it.</summary>
public sealed class PrewarmRestartTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_pre_warm_scheduled_before_a_restart_runs_after_it_without_being_asked()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        await EnrolActive(engine.Portal, phone, userId);
        var body = JsonSerializer.Serialize(new { userIds = new[] { userId }, at = engine.Host.Clock.GetUtcNow().AddSeconds(15), spreadSeconds = 0 });
        var jobId = Id(await TestPortal.Expect(HttpStatusCode.Accepted, await engine.Portal.Send(HttpMethod.Post, "/v1/prewarm", body)), "jobId");
        Assert.Equal(1, Reminders(jobId));

        await engine.Host.RestartAsync();
        engine.Host.Clock.Advance(TimeSpan.FromSeconds(15));

        // Nothing reads the job until its reminder has fired (15 s after scheduling, in real time), run it and been dropped.
        await Eventually.Until(() => Task.FromResult(Reminders(jobId)), n => n == 0, "the job to run and drop its reminder", TimeSpan.FromSeconds(60));
        var done = await TestPortal.Expect(HttpStatusCode.OK, await engine.Portal.Send(HttpMethod.Get, $"/v1/prewarm/{jobId}"));
        Assert.Equal(("completed", 1), (Id(done, "status"), done.GetProperty("warmed").GetInt32()));
    }

    private long Reminders(string jobId)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(engine.Host.Directory, "mfagrains.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM OrleansRemindersTable WHERE GrainId LIKE $job";
        command.Parameters.AddWithValue("$job", "%" + jobId);
        return (long)command.ExecuteScalar()!;
    }
}
