using MfaGrains.Contracts.Audit;
using MfaGrains.Grains.Audit;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Audit;

/// <summary>Challenge lifecycle events travel on the audit stream to the user's audit log, which keeps them.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class AuditTrailTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task Issue_delivery_and_answer_reach_the_audit_log_and_survive_its_deactivation()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();
        var challengeId = signIn.Challenge.ChallengeId;
        await user.Grain.RecordDelivery(challengeId, phone.DeviceId, DeliveryState.Sent, null);
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(challengeId, signIn.Number)), "AnswerChallenge(approve)");
        var log = fixture.Client.GetGrain<IAuditLogGrain>(user.UserId);

        // The delivery report is a one-way call, so it may land before or after the answer.
        var events = (await EventsOf(log, challengeId, count: 3)).OrderBy(e => e.Event).ToList();

        Assert.Equal([AuditEventKind.Issued, AuditEventKind.Delivered, AuditEventKind.Resolved], events.Select(e => e.Event));
        Assert.Equal(ChallengeStatus.Approved, events[2].Status);
        Assert.Equal(phone.DeviceId, events[2].DeviceId);
        Assert.Equal(DeliveryState.Sent, events[1].Delivery);

        await fixture.Cluster.DeactivateAsync(log).Within("deactivating the audit log");

        Assert.Equal(events, (await EventsOf(log, challengeId, count: 3)).OrderBy(e => e.Event));
    }

    [Fact]
    public async Task The_test_challenge_of_an_enrolment_is_audited_too()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();
        var log = fixture.Client.GetGrain<IAuditLogGrain>(user.UserId);

        var events = await Deadline.Until(async () => await log.GetEvents(50), e => e.Any(x => x.Event == AuditEventKind.Resolved), "the test challenge's resolution");

        Assert.Contains(events, e => e.Kind == ChallengeKind.EnrolmentTest && e.Status == ChallengeStatus.Approved);
    }

    [Fact]
    public async Task Events_reach_storage_one_flush_interval_later_while_the_log_stays_active()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();
        var challengeId = signIn.Challenge.ChallengeId;
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(challengeId, signIn.Number)), "AnswerChallenge(approve)");

        // Read from storage, not from the grain: the log is never deactivated here, so only its flush timer can have written.
        var stored = await Deadline.Until(
            () => StoredEvents(user.UserId),
            events => events.Any(e => e.ChallengeId == challengeId && e.Event == AuditEventKind.Resolved),
            "the flush that stores the resolution");

        Assert.Contains(stored, e => e.ChallengeId == challengeId && e.Event == AuditEventKind.Issued);
    }

    private async Task<List<AuditEvent>> StoredEvents(string userId)
    {
        var storage = fixture.Cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa);
        var stored = new GrainState<AuditLogState>();
        await storage.ReadStateAsync("auditLog", GrainId.Create("audit-log", userId), stored);
        return stored.State?.Events ?? [];
    }

    private static async Task<List<AuditEvent>> EventsOf(IAuditLogGrain log, string challengeId, int count)
    {
        var events = await Deadline.Until(
            async () => (await log.GetEvents(50)).Where(e => e.ChallengeId == challengeId).Reverse().ToList(),
            e => e.Count >= count,
            $"{count} audit events of {challengeId}");
        return events;
    }
}
