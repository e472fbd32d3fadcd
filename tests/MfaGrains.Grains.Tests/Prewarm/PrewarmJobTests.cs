using MfaGrains.Contracts.Prewarm;
using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Testing;
using Orleans.Runtime;

namespace MfaGrains.Grains.Tests.Prewarm;

/// <summary>
/// A roster pre-warm activates the listed users' grains (and their devices'), keeps them through activation collection,
/// counts ids with no user as unknown without creating one, and waits for its start time.
/// </summary>
[Collection(MfaClusterCollection.Name)]
public sealed class PrewarmJobTests(MfaClusterFixture fixture)
{
    private static readonly TimeSpan Due = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_due_job_warms_known_users_and_counts_unknown_ids_without_creating_users()
    {
        var known = new TestUser(fixture);
        await known.EnrolActive();
        var unknownId = $"nobody-{Guid.NewGuid():N}@example.test";
        var job = NewJob();

        var scheduled = await job.Schedule(new PrewarmRequest([known.UserId, unknownId], fixture.Clock.GetUtcNow(), 0)).Within("Schedule");
        var done = await Eventually.Until(() => job.GetStatus(), s => s?.Status == PrewarmJobStatus.Completed, "the pre-warm job to complete", Due);

        Assert.Equal(2, scheduled.Requested);
        Assert.Equal((2, 1, 1, 0), (done!.Requested, done.Warmed, done.Unknown, done.Failed));
        Assert.Equal(MfaErrorCode.UserNotFound, (await fixture.Client.GetGrain<IUserGrain>(unknownId).GetAccount()).Failure?.Code);
    }

    [Fact]
    public async Task Warmed_users_and_their_devices_outlive_activation_collection_and_others_do_not()
    {
        var warmed = new TestUser(fixture);
        var phone = await warmed.EnrolActive();
        var cold = new TestUser(fixture);
        await cold.EnrolActive();
        var job = NewJob();
        await job.Schedule(new PrewarmRequest([warmed.UserId], fixture.Clock.GetUtcNow(), 0));
        await Eventually.Until(() => job.GetStatus(), s => s?.Status == PrewarmJobStatus.Completed, "the pre-warm job to complete", Due);

        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);

        var active = await Eventually.Until(
            async () => (await management.GetDetailedGrainStatistics()).Select(s => s.GrainId).ToHashSet(),
            ids => !ids.Contains(GrainId.Create("user", cold.UserId)),
            "the cold user's activation to be collected",
            Due);
        Assert.Contains(GrainId.Create("user", warmed.UserId), active);
        Assert.Contains(GrainId.Create("device", phone.DeviceId), active);
    }

    [Fact]
    public async Task A_scheduled_job_waits_for_its_start_time()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();
        var job = NewJob();
        var startAt = fixture.Clock.GetUtcNow() + TimeSpan.FromHours(1);

        var scheduled = await job.Schedule(new PrewarmRequest([user.UserId], startAt, 600));

        Assert.Equal((PrewarmJobStatus.Scheduled, 0), (scheduled.Status, scheduled.Warmed));
        Assert.Equal(startAt + TimeSpan.FromSeconds(600) + TimeSpan.FromMinutes(90), scheduled.HoldUntil);
        Assert.Equal(PrewarmJobStatus.Scheduled, (await job.GetStatus())!.Status);

        fixture.Clock.AdvanceTo(startAt + TimeSpan.FromSeconds(600));
        var done = await Eventually.Until(() => job.GetStatus(), s => s?.Status == PrewarmJobStatus.Completed, "the pre-warm job to complete", Due);
        Assert.Equal(1, done!.Warmed);
    }

    [Fact]
    public async Task An_unknown_job_has_no_status() =>
        Assert.Null(await NewJob().GetStatus());

    private IPrewarmJobGrain NewJob() => fixture.Client.GetGrain<IPrewarmJobGrain>($"pwj_{Guid.NewGuid():N}");
}
