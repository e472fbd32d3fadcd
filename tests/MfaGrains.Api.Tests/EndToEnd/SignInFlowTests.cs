using System.Net;
using System.Text.Json;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>Number-matching sign-in from the portal's and the phone's side.</summary>
public sealed class SignInFlowTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task Approve_with_the_right_number_approves_and_wakes_the_portals_long_poll()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var challenge = await Created(await _portal.CreateChallenge(userId, """{"context":{"application":"NHSmail","location":"Leeds, UK"}}"""));
        Assert.Equal("signIn", Id(challenge, "kind"));
        Assert.Equal("pending", Id(challenge, "status"));
        Assert.Matches("^[1-9][0-9]$", Id(challenge, "number"));
        Assert.StartsWith("chl_", Id(challenge, "challengeId"), StringComparison.Ordinal);

        var poll = _portal.GetChallenge(userId, Id(challenge, "challengeId"), waitSeconds: 30);
        var pending = await TestPortal.Expect(HttpStatusCode.OK, await phone.GetPending());
        var item = Assert.Single(pending.EnumerateArray());
        Assert.Equal("NHSmail", Id(item.GetProperty("context"), "application"));
        Assert.False(item.TryGetProperty("number", out _));

        var answer = await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(challenge, "challengeId"), "approve", Id(challenge, "number")));
        Assert.Equal("approved", Id(answer, "status"));

        var seen = await poll.WaitAsync(Deadline);
        Assert.Equal("approved", Id(seen, "status"));
        Assert.Equal(phone.DeviceId, Id(seen, "deviceId"));
        Assert.False(seen.TryGetProperty("number", out _));
        Assert.True(seen.TryGetProperty("resolvedAt", out _));
    }

    [Theory]
    [InlineData("deny", null, "userDenied")]
    [InlineData("approve", "wrong", "wrongNumber")]
    [InlineData("approve", "47474747474747474747", "wrongNumber")]
    [InlineData("report", null, "reportedFraud")]
    public async Task Deny_wrong_number_and_report_deny_the_challenge(string decision, string? number, string reason)
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var challenge = await Created(await _portal.CreateChallenge(userId));
        var sent = number == "wrong" ? EnrolmentFlowTests.WrongNumber(Id(challenge, "number")) : number;

        var answer = await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(challenge, "challengeId"), decision, sent));

        Assert.Equal("denied", Id(answer, "status"));
        Assert.Equal(reason, Id(answer, "reason"));
        var read = await _portal.GetChallenge(userId, Id(challenge, "challengeId"));
        Assert.Equal(reason, Id(read, "reason"));
    }

    [Fact]
    public async Task Report_locks_push_sign_in_until_unlock()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var reported = await Created(await _portal.CreateChallenge(userId));
        await phone.Answer(Id(reported, "challengeId"), "report");

        var locked = await TestPortal.ExpectProblem(HttpStatusCode.Locked, "locked", await _portal.CreateChallenge(userId));
        Assert.NotNull(locked.GetProperty("detail").GetString());
        Assert.True((await _portal.GetAccount(userId)).TryGetProperty("pushLockedUntil", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/unlock")).StatusCode);
        Assert.False((await _portal.GetAccount(userId)).TryGetProperty("pushLockedUntil", out _));
        await Created(await _portal.CreateChallenge(userId));
    }

    [Fact]
    public async Task Exactly_one_answer_wins_and_later_ones_learn_the_outcome()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var challenge = await Created(await _portal.CreateChallenge(userId));
        var id = Id(challenge, "challengeId");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => i % 2 == 0
            ? phone.Answer(id, "approve", Id(challenge, "number"))
            : phone.Answer(id, "deny")));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var outcome = await _portal.GetChallenge(userId, id);
        foreach (var late in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            var problem = await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "challenge_not_pending", late);
            Assert.Equal(Id(outcome, "status"), Id(problem, "challengeStatus"));
        }
    }

    [Fact]
    public async Task A_new_challenge_supersedes_the_pending_one_and_cancel_answers_409_once_resolved()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var first = await Created(await _portal.CreateChallenge(userId));
        var second = await Created(await _portal.CreateChallenge(userId));

        var old = await _portal.GetChallenge(userId, Id(first, "challengeId"));
        Assert.Equal("cancelled", Id(old, "status"));
        Assert.Equal("superseded", Id(old, "reason"));

        var path = $"{TestPortal.Users(userId)}/challenges/{Id(second, "challengeId")}";
        Assert.Equal(HttpStatusCode.NoContent, (await _portal.Send(HttpMethod.Delete, path)).StatusCode);
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "challenge_not_pending", await _portal.Send(HttpMethod.Delete, path));
        var late = await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "challenge_not_pending", await phone.Answer(Id(second, "challengeId"), "deny"));
        Assert.Equal("cancelled", Id(late, "challengeStatus"));
        Assert.Equal("cancelledByPortal", Id(late, "reason"));
    }

    [Fact]
    public async Task A_challenge_goes_to_every_active_device_and_leaves_the_others_when_one_answers()
    {
        var (userId, first) = await EnrolledUser();
        using var enrolledPhone = first;
        using var second = engine.NewPhone();
        await EnrolActive(_portal, second, userId, "ios");

        var challenge = await Created(await _portal.CreateChallenge(userId));
        Assert.Equal(2, challenge.GetProperty("deviceCount").GetInt32());
        Assert.Single((await TestPortal.Expect(HttpStatusCode.OK, await second.GetPending())).EnumerateArray());

        await TestPortal.Expect(HttpStatusCode.OK, await first.Answer(Id(challenge, "challengeId"), "approve", Id(challenge, "number")));

        Assert.Empty((await TestPortal.Expect(HttpStatusCode.OK, await second.GetPending())).EnumerateArray());
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "challenge_not_pending", await second.Answer(Id(challenge, "challengeId"), "deny"));
        var read = await _portal.GetChallenge(userId, Id(challenge, "challengeId"));
        Assert.Equal(2, read.GetProperty("deliveries").GetArrayLength());
    }

    [Fact]
    public async Task Deliveries_show_pull_only_devices_and_follow_push_token_changes()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var pullOnly = await Created(await _portal.CreateChallenge(userId));
        var delivery = (await _portal.GetChallenge(userId, Id(pullOnly, "challengeId"))).GetProperty("deliveries")[0];
        Assert.Equal("none", Id(delivery, "channel"));
        Assert.Equal("noToken", Id(delivery, "state"));

        Assert.Equal(HttpStatusCode.NoContent, (await phone.UpdatePushToken("fcm-token-1")).StatusCode);
        var pushed = await Created(await _portal.CreateChallenge(userId));
        delivery = (await _portal.GetChallenge(userId, Id(pushed, "challengeId"))).GetProperty("deliveries")[0];
        Assert.Equal(phone.DeviceId, Id(delivery, "deviceId"));
        Assert.Equal("fcm", Id(delivery, "channel"));
    }

    [Fact]
    public async Task An_unanswered_challenge_expires_after_sixty_seconds()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var challenge = await Created(await _portal.CreateChallenge(userId));

        engine.Host.Clock.Advance(TimeSpan.FromSeconds(61));

        var read = await _portal.GetChallenge(userId, Id(challenge, "challengeId"));
        Assert.Equal("expired", Id(read, "status"));
        Assert.Equal("timedOut", Id(read, "reason"));
        Assert.Equal(Id(read, "expiresAt"), Id(read, "resolvedAt"));
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "challenge_not_pending", await phone.Answer(Id(challenge, "challengeId"), "approve", Id(challenge, "number")));
    }

    [Fact]
    public async Task The_phones_long_poll_wakes_when_a_challenge_is_issued()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var poll = phone.GetPending(waitSeconds: 30);

        var challenge = await Created(await _portal.CreateChallenge(userId));

        var pending = await TestPortal.Expect(HttpStatusCode.OK, await poll.WaitAsync(Deadline));
        Assert.Equal(Id(challenge, "challengeId"), Id(Assert.Single(pending.EnumerateArray()), "challengeId"));
    }

    [Fact]
    public async Task Five_challenges_per_five_minutes_then_429_with_retry_after()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        for (var i = 0; i < 5; i++)
        {
            await Created(await _portal.CreateChallenge(userId));
            engine.Host.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = await _portal.CreateChallenge(userId);
        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_challenges", refused);
        Assert.Equal(TimeSpan.FromSeconds(250), refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Three_denials_in_a_row_start_a_cool_down()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        for (var i = 0; i < 3; i++)
        {
            var challenge = await Created(await _portal.CreateChallenge(userId));
            await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(challenge, "challengeId"), "deny"));
        }

        var refused = await _portal.CreateChallenge(userId);
        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_challenges", refused);
        Assert.Equal(TimeSpan.FromMinutes(15), refused.Headers.RetryAfter?.Delta);
        Assert.True((await _portal.GetAccount(userId)).TryGetProperty("coolDownUntil", out _));
    }

    [Fact]
    public async Task Removing_the_only_device_ends_its_pending_challenge_and_its_key_stops_working()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var challenge = await Created(await _portal.CreateChallenge(userId));

        Assert.Equal(HttpStatusCode.NoContent, (await _portal.Send(HttpMethod.Delete, $"{TestPortal.Users(userId)}/devices/{phone.DeviceId}")).StatusCode);

        var read = await _portal.GetChallenge(userId, Id(challenge, "challengeId"));
        Assert.Equal("cancelled", Id(read, "status"));
        Assert.Equal("deviceRemoved", Id(read, "reason"));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await phone.GetPending());
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "device_not_found", await _portal.Send(HttpMethod.Delete, $"{TestPortal.Users(userId)}/devices/{phone.DeviceId}"));
    }

    [Fact]
    public async Task A_removed_key_activated_again_for_someone_else_signs_for_its_new_owner()
    {
        // The API knows this device's first owner from its earlier requests; the new owner must win at once.
        var (firstOwner, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        Assert.Equal(HttpStatusCode.OK, (await phone.GetPending()).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _portal.Send(HttpMethod.Delete, $"{TestPortal.Users(firstOwner)}/devices/{phone.DeviceId}")).StatusCode);

        var secondOwner = EngineFixture.NewUserId();
        await EnrolActive(_portal, phone, secondOwner);

        var challenge = await Created(await _portal.CreateChallenge(secondOwner));
        var pending = await TestPortal.Expect(HttpStatusCode.OK, await phone.GetPending());
        Assert.Contains(pending.EnumerateArray(), c => Id(c, "challengeId") == Id(challenge, "challengeId"));
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "no_active_device", await _portal.CreateChallenge(firstOwner));
    }

    [Fact]
    public async Task The_app_can_remove_its_own_account()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;

        Assert.Equal(HttpStatusCode.NoContent, (await phone.Remove()).StatusCode);

        Assert.Empty((await _portal.GetAccount(userId)).GetProperty("devices").EnumerateArray());
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await phone.GetPending());
    }

    [Fact]
    public async Task Unknown_users_have_no_device_and_no_account()
    {
        var userId = EngineFixture.NewUserId();

        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "no_active_device", await _portal.CreateChallenge(userId));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(userId)));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "challenge_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(userId) + "/challenges/chl_nope"));
    }

    [Fact]
    public async Task Another_users_challenge_is_not_found()
    {
        var (owner, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var challenge = await Created(await _portal.CreateChallenge(owner));

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "challenge_not_found", await _portal.Send(HttpMethod.Get, $"{TestPortal.Users(EngineFixture.NewUserId())}/challenges/{Id(challenge, "challengeId")}"));
    }

    private async Task<(string UserId, Phones.TestPhone Phone)> EnrolledUser()
    {
        var userId = EngineFixture.NewUserId();
        var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId);
        return (userId, phone);
    }

    private static Task<JsonElement> Created(HttpResponseMessage response) => TestPortal.Expect(HttpStatusCode.Created, response);
}
