using System.Net;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>A restart of the single-machine engine loses nothing: its state lives in the SQLite file.</summary>
public sealed class RestartTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task Users_devices_enrolments_and_a_pending_challenge_survive_a_restart()
    {
        var portal = engine.Portal;
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var enrolmentId = await EnrolActive(portal, phone, userId);
        var unfinished = await portal.CreateEnrolment(userId);
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await portal.CreateChallenge(userId));

        await engine.Host.RestartAsync();

        var account = await portal.GetAccount(userId);
        Assert.Equal(phone.DeviceId, Id(Assert.Single(account.GetProperty("devices").EnumerateArray()), "deviceId"));
        Assert.Equal("completed", Id(await portal.GetEnrolment(userId, enrolmentId), "status"));
        Assert.Equal("awaitingActivation", Id(await portal.GetEnrolment(userId, Id(unfinished, "enrolmentId")), "status"));
        var pending = await TestPortal.Expect(HttpStatusCode.OK, await phone.GetPending());
        Assert.Equal(Id(challenge, "challengeId"), Id(Assert.Single(pending.EnumerateArray()), "challengeId"));

        var answer = await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(challenge, "challengeId"), "approve", Id(challenge, "number")));
        Assert.Equal("approved", Id(answer, "status"));
        await AuditedResolution(portal, userId, Id(challenge, "challengeId"));

        await engine.Host.RestartAsync();

        Assert.Equal("approved", Id(await portal.GetChallenge(userId, Id(challenge, "challengeId")), "status"));
        await AuditedResolution(portal, userId, Id(challenge, "challengeId"));

        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "device_already_registered", await phone.Activate(Id(unfinished, "activationCode")));
    }

    /// <summary>The audit stream reaches the user's audit log after a restart, and what the log kept survives the next one.</summary>
    private static Task AuditedResolution(TestPortal portal, string userId, string challengeId) =>
        Eventually.Until(
            async () => await TestPortal.Expect(HttpStatusCode.OK, await portal.Send(HttpMethod.Get, TestPortal.Users(userId) + "/audit")),
            audit => audit.GetProperty("events").EnumerateArray().Any(e => AuditTrailTests.ChallengeIdOf(e) == challengeId && Id(e, "event") == "resolved"),
            $"the audited resolution of {challengeId}");
}
