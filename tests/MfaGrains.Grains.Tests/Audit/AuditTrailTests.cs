using MfaGrains.Contracts.Audit;
using MfaGrains.Grains.Tests.Cluster;

namespace MfaGrains.Grains.Tests.Audit;

/// <summary>Every security-relevant change of an account reaches the audit log with the write that made it, and is read back a page at a time.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class AuditTrailTests(MfaClusterFixture fixture)
{
    private IAuditTrailGrain Trail => fixture.Client.GetGrain<IAuditTrailGrain>(0);

    [Fact]
    public async Task Issue_delivery_and_answer_are_audited_and_a_push_outcome_rides_on_a_later_write()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();
        var signIn = await user.SignIn();
        var challengeId = signIn.Challenge.ChallengeId;
        await user.Grain.RecordDelivery(challengeId, phone.DeviceId, DeliveryState.Sent, null);

        // The delivery report is one-way and writes nothing itself: once the account shows it, the answer's write stores
        // it (were it to land only after the deactivation below, a new activation would hold it unwritten).
        await Deadline.Until(
            async () => TestUser.Ok(await user.Grain.GetChallenge(challengeId), "GetChallenge"),
            challenge => challenge.Deliveries.Any(d => d.State == DeliveryState.Sent),
            "the delivery report");
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(challengeId, signIn.Number)), "AnswerChallenge(approve)");
        await fixture.Cluster.DeactivateAsync(user.Grain).Within("deactivating the user");

        var events = (await Deadline.Until(() => EntriesOf(user.UserId, challengeId), e => e.Count >= 3, "the sign-in's three events"))
            .OrderBy(e => e.Id).ToList();
        Assert.Equal(["issued", "delivered", "resolved"], events.Select(e => e.Event).Order(EventOrder.Instance));
        var resolved = Assert.Single(events, e => e.Event == "resolved");
        Assert.Equal(("signIn", "approved", phone.DeviceId), (resolved.Kind, resolved.Status, resolved.DeviceId));
        Assert.Equal("sent", Assert.Single(events, e => e.Event == "delivered").Status);
    }

    [Fact]
    public async Task Enrolment_steps_the_added_device_and_its_test_challenge_are_audited()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();

        var events = (await Trail.Read(user.UserId, null, 50)).Entries;

        Assert.Equal(["awaitingActivation", "awaitingVerification", "completed"], events.Where(e => e.Event == "enrolment").Reverse().Select(e => e.Status));
        Assert.Equal(phone.DeviceId, Assert.Single(events, e => e.Event == "deviceAdded").DeviceId);
        Assert.Contains(events, e => e is { Event: "resolved", Kind: "enrolmentTest", Status: "approved" });
    }

    [Fact]
    public async Task A_passcode_check_is_audited_with_its_outcome_and_never_the_code()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();

        TestUser.Ok(await user.Grain.VerifyPasscode("000000"), "VerifyPasscode");

        var check = Assert.Single((await Trail.Read(user.UserId, null, 50)).Entries, e => e.Event == "passcodeChecked");
        Assert.Equal("refused", check.Status);
        Assert.DoesNotContain("000000", check.ToString());
    }

    [Fact]
    public async Task Removing_a_device_and_unlocking_are_audited()
    {
        var user = new TestUser(fixture);
        var phone = await user.EnrolActive();

        TestUser.Ok(await user.Grain.RemoveDevice(phone.DeviceId), "RemoveDevice");
        TestUser.Ok(await user.Grain.Unlock(), "Unlock");

        var events = (await Trail.Read(user.UserId, null, 2)).Entries;
        Assert.Equal(["unlocked", "deviceRemoved"], events.Select(e => e.Event));
        Assert.Equal(phone.DeviceId, events[1].DeviceId);
    }

    [Fact]
    public async Task Pages_follow_the_before_cursor_to_the_oldest_entry_without_overlap()
    {
        var user = new TestUser(fixture);
        await user.EnrolActive();
        var all = (await Trail.Read(user.UserId, null, 200)).Entries;

        var first = await Trail.Read(user.UserId, null, 3);
        var second = await Trail.Read(user.UserId, first.NextBefore, 200);

        Assert.Equal(all.Select(e => e.Id), first.Entries.Concat(second.Entries).Select(e => e.Id));
        Assert.Equal(first.Entries[^1].Id, first.NextBefore);
        Assert.Null(second.NextBefore);
        Assert.True(all.Zip(all.Skip(1)).All(pair => pair.First.Id > pair.Second.Id), "newest first");
    }

    private async Task<List<AuditEntry>> EntriesOf(string userId, string challengeId) =>
        (await Trail.Read(userId, null, 200)).Entries.Where(e => e.ChallengeId == challengeId).ToList();

    /// <summary>A challenge's life in order, whatever order the one-way delivery report was stored in.</summary>
    private sealed class EventOrder : IComparer<string>
    {
        public static readonly EventOrder Instance = new();
        private static readonly string[] Life = ["issued", "delivered", "resolved"];

        public int Compare(string? x, string? y) => Array.IndexOf(Life, x).CompareTo(Array.IndexOf(Life, y));
    }
}
