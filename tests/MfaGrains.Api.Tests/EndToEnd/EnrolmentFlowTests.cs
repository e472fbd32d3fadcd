using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.Enrolment;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>Enrolment as a person does it: QR code, activation, "Let's try it out", completed.</summary>
public sealed class EnrolmentFlowTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task Enrolment_answers_with_a_nine_digit_code_and_a_qr_payload_built_from_the_public_url()
    {
        var userId = EngineFixture.NewUserId();
        var enrolment = await _portal.CreateEnrolment(userId);

        Assert.Equal(userId.ToLowerInvariant(), Id(enrolment, "userId"));
        Assert.StartsWith("enr_", Id(enrolment, "enrolmentId"), StringComparison.Ordinal);
        Assert.Equal("awaitingActivation", Id(enrolment, "status"));
        Assert.Matches("^[0-9]{9}$", Id(enrolment, "activationCode"));
        Assert.Equal("https://mfa.example/v1/devices", Id(enrolment, "activationUrl"));
        Assert.Equal(
            $"mfagrains://activate?code={Id(enrolment, "activationCode")}&url=https%3A%2F%2Fmfa.example%2Fv1%2Fdevices",
            Id(enrolment, "qrPayload"));
        Assert.EndsWith("Z", Id(enrolment, "expiresAt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Qr_code_png_and_svg_decode_back_to_the_payload_until_the_phone_activates()
    {
        var userId = EngineFixture.NewUserId();
        var enrolment = await _portal.CreateEnrolment(userId);
        var qrPath = $"{TestPortal.Users(userId)}/enrolments/{Id(enrolment, "enrolmentId")}/qr";

        var png = await _portal.Send(HttpMethod.Get, qrPath);
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Id(enrolment, "qrPayload"), QrDecoding.DecodePng(await png.Content.ReadAsByteArrayAsync()));

        var svg = await _portal.Send(HttpMethod.Get, qrPath + "?format=svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Id(enrolment, "qrPayload"), await QrDecoding.DecodeSvg(await svg.Content.ReadAsStringAsync()));

        using var phone = engine.NewPhone();
        await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(Id(enrolment, "activationCode")));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "enrolment_not_found", await _portal.Send(HttpMethod.Get, qrPath));
    }

    [Fact]
    public async Task Activation_then_approved_test_challenge_completes_the_enrolment_and_activates_the_device()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var enrolment = await _portal.CreateEnrolment(userId);
        var enrolmentId = Id(enrolment, "enrolmentId");

        var activated = await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(Id(enrolment, "activationCode"), "ios"));
        Assert.Equal(phone.DeviceId, Id(activated, "deviceId"));
        Assert.Equal(userId.ToLowerInvariant(), Id(activated, "userId"));
        Assert.Equal(enrolmentId, Id(activated, "enrolmentId"));

        var status = await _portal.GetEnrolment(userId, enrolmentId);
        Assert.Equal("awaitingVerification", Id(status, "status"));
        Assert.Equal(phone.DeviceId, Id(status, "deviceId"));
        Assert.Equal("ios", Id(status, "platform"));
        Assert.Equal("Pixel 8", Id(status, "deviceName"));

        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "no_active_device", await _portal.CreateChallenge(userId));

        var test = await _portal.CreateTestChallenge(userId, enrolmentId);
        Assert.Equal("enrolmentTest", Id(test, "kind"));
        Assert.Equal(1, test.GetProperty("deviceCount").GetInt32());
        var pending = await TestPortal.Expect(HttpStatusCode.OK, await phone.GetPending());
        var item = Assert.Single(pending.EnumerateArray());
        Assert.Equal(Id(test, "challengeId"), Id(item, "challengeId"));
        Assert.False(item.TryGetProperty("number", out _));
        Assert.Equal(EngineHost.PortalName, Id(item.GetProperty("context"), "application"));

        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(test, "challengeId"), "approve", Id(test, "number")));

        Assert.Equal("completed", Id(await _portal.GetEnrolment(userId, enrolmentId), "status"));
        var account = await _portal.GetAccount(userId);
        var device = Assert.Single(account.GetProperty("devices").EnumerateArray());
        Assert.Equal("active", Id(device, "status"));
        Assert.Equal(phone.DeviceId, Id(device, "deviceId"));
        Assert.Equal("Pixel 8", Id(device, "deviceName"));
        Assert.True(device.TryGetProperty("lastSeenAt", out _));
        Assert.Equal(JsonValueKind.Null, account.GetProperty("phoneNumber").ValueKind);
        Assert.False(account.TryGetProperty("pushLockedUntil", out _));
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "enrolment_not_pending", await _portal.Send(HttpMethod.Delete, $"{TestPortal.Users(userId)}/enrolments/{enrolmentId}"));
    }

    [Fact]
    public async Task Wrong_number_on_the_test_leaves_the_enrolment_awaiting_verification_and_a_new_test_may_follow()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var enrolmentId = await Activate(_portal, phone, userId);
        var first = await _portal.CreateTestChallenge(userId, enrolmentId);

        var answer = await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(first, "challengeId"), "approve", WrongNumber(Id(first, "number"))));
        Assert.Equal("denied", Id(answer, "status"));
        Assert.Equal("wrongNumber", Id(answer, "reason"));
        Assert.Equal("awaitingVerification", Id(await _portal.GetEnrolment(userId, enrolmentId), "status"));

        var second = await _portal.CreateTestChallenge(userId, enrolmentId);
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(second, "challengeId"), "approve", Id(second, "number")));
        Assert.Equal("completed", Id(await _portal.GetEnrolment(userId, enrolmentId), "status"));
    }

    [Fact]
    public async Task A_new_test_supersedes_the_pending_one()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var enrolmentId = await Activate(_portal, phone, userId);
        var first = await _portal.CreateTestChallenge(userId, enrolmentId);
        await _portal.CreateTestChallenge(userId, enrolmentId);

        var old = await _portal.GetChallenge(userId, Id(first, "challengeId"));
        Assert.Equal("cancelled", Id(old, "status"));
        Assert.Equal("superseded", Id(old, "reason"));
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "challenge_not_pending", await phone.Answer(Id(first, "challengeId"), "approve", Id(first, "number")));
    }

    [Fact]
    public async Task Reporting_the_test_cancels_the_enrolment_removes_the_device_and_locks_push_sign_in()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var enrolmentId = await Activate(_portal, phone, userId);
        var test = await _portal.CreateTestChallenge(userId, enrolmentId);

        var answer = await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(test, "challengeId"), "report"));
        Assert.Equal("reportedFraud", Id(answer, "reason"));

        Assert.Equal("cancelled", Id(await _portal.GetEnrolment(userId, enrolmentId), "status"));
        var account = await _portal.GetAccount(userId);
        Assert.Empty(account.GetProperty("devices").EnumerateArray());
        Assert.True(account.TryGetProperty("pushLockedUntil", out _));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await phone.GetPending());
        await TestPortal.ExpectProblem(HttpStatusCode.Locked, "locked", await _portal.CreateChallenge(userId));
    }

    [Fact]
    public async Task Cancelled_enrolment_code_no_longer_activates()
    {
        var userId = EngineFixture.NewUserId();
        var enrolment = await _portal.CreateEnrolment(userId);
        var path = $"{TestPortal.Users(userId)}/enrolments/{Id(enrolment, "enrolmentId")}";
        Assert.Equal(HttpStatusCode.NoContent, (await _portal.Send(HttpMethod.Delete, path)).StatusCode);

        using var phone = engine.NewPhone();
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_activation_code", await phone.Activate(Id(enrolment, "activationCode")));
        Assert.Equal("cancelled", Id(await _portal.GetEnrolment(userId, Id(enrolment, "enrolmentId")), "status"));
    }

    [Fact]
    public async Task Enrolment_expires_after_its_lifetime_and_its_unverified_device_goes_with_it()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var enrolmentId = await Activate(_portal, phone, userId);

        engine.Host.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        Assert.Equal("expired", Id(await _portal.GetEnrolment(userId, enrolmentId), "status"));
        Assert.Empty((await _portal.GetAccount(userId)).GetProperty("devices").EnumerateArray());
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "enrolment_not_pending", await _portal.Send(HttpMethod.Post, $"{TestPortal.Users(userId)}/enrolments/{enrolmentId}/test-challenge"));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await phone.GetPending());
    }

    [Fact]
    public async Task A_used_code_and_an_already_registered_key_are_refused()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var enrolment = await _portal.CreateEnrolment(userId);
        await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(Id(enrolment, "activationCode")));

        using var other = engine.NewPhone();
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_activation_code", await other.Activate(Id(enrolment, "activationCode")));

        var second = await _portal.CreateEnrolment(userId);
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "device_already_registered", await phone.Activate(Id(second, "activationCode")));
        Assert.Equal("awaitingActivation", Id(await _portal.GetEnrolment(userId, Id(second, "enrolmentId")), "status"));
    }

    [Fact]
    public async Task A_user_may_hold_at_most_five_devices_counting_live_enrolments()
    {
        var userId = EngineFixture.NewUserId();
        for (var i = 0; i < 5; i++)
        {
            await _portal.CreateEnrolment(userId);
        }

        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "too_many_devices", await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/enrolments", "{}"));
    }

    internal static string WrongNumber(string number) => number == "10" ? "11" : "10";
}
