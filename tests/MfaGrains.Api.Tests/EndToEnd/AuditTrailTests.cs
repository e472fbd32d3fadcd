using System.Text.Json;
using System.Net;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The portal reads a user's audit trail over HTTP.</summary>
public sealed class AuditTrailTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_sign_in_is_audited_as_issued_then_resolved()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        await EnrolActive(engine.Portal, phone, userId);
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await engine.Portal.CreateChallenge(userId));
        await phone.Answer(Id(challenge, "challengeId"), "deny");

        var trail = await Eventually.Until(
            async () => await TestPortal.Expect(HttpStatusCode.OK, await engine.Portal.Send(HttpMethod.Get, TestPortal.Users(userId) + "/audit")),
            audit => audit.GetProperty("events").EnumerateArray().Count(e => ChallengeIdOf(e) == Id(challenge, "challengeId")) >= 2,
            "the sign-in's audit events");

        var events = trail.GetProperty("events").EnumerateArray().Where(e => ChallengeIdOf(e) == Id(challenge, "challengeId")).ToList();
        Assert.Equal(["resolved", "issued"], events.Select(e => Id(e, "event")));
        Assert.Equal("denied", Id(events[0], "status"));
        Assert.Equal("userDenied", Id(events[0], "reason"));
        Assert.Equal(userId.ToLowerInvariant(), Id(trail, "userId"));
    }

    [Fact]
    public async Task Pages_follow_next_before_back_to_the_enrolment()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        await EnrolActive(engine.Portal, phone, userId);
        var audit = TestPortal.Users(userId) + "/audit";
        var all = await TestPortal.Expect(HttpStatusCode.OK, await engine.Portal.Send(HttpMethod.Get, audit));

        var first = await TestPortal.Expect(HttpStatusCode.OK, await engine.Portal.Send(HttpMethod.Get, audit + "?limit=2"));
        var next = first.GetProperty("nextBefore").GetInt64();
        var rest = await TestPortal.Expect(HttpStatusCode.OK, await engine.Portal.Send(HttpMethod.Get, audit + $"?before={next}"));

        var paged = first.GetProperty("events").EnumerateArray().Concat(rest.GetProperty("events").EnumerateArray()).Select(e => Id(e, "event") + Id(e, "at"));
        Assert.Equal(all.GetProperty("events").EnumerateArray().Select(e => Id(e, "event") + Id(e, "at")), paged);
        Assert.Equal("enrolment", Id(rest.GetProperty("events").EnumerateArray().Last(), "event"));
        Assert.False(rest.TryGetProperty("nextBefore", out _));
    }

    [Fact]
    public async Task A_before_cursor_below_1_is_400()
    {
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed",
            await engine.Portal.Send(HttpMethod.Get, TestPortal.Users(EngineFixture.NewUserId()) + "/audit?before=0"));
    }

    [Fact]
    public async Task A_limit_outside_1_to_200_is_400()
    {
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed",
            await engine.Portal.Send(HttpMethod.Get, TestPortal.Users(EngineFixture.NewUserId()) + "/audit?limit=0"));
    }

    /// <summary>Only a challenge's events carry its id; the account's own (enrolment, device, lock…) have none.</summary>
    internal static string? ChallengeIdOf(JsonElement auditEvent) =>
        auditEvent.TryGetProperty("challengeId", out var id) ? id.GetString() : null;
}
