using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>Bad input gets a clear 4xx problem and changes nothing.</summary>
public sealed class BadInputTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task Portal_calls_without_the_right_key_are_401_unauthenticated_and_create_nothing()
    {
        var userId = EngineFixture.NewUserId();
        var stranger = new TestPortal(engine.Http, "not-a-key");

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated", await stranger.Send(HttpMethod.Post, TestPortal.Users(userId) + "/enrolments", "{}"));
        var anonymous = await engine.Http.GetAsync(TestPortal.Users(userId));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated", anonymous);
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(userId)));
    }

    [Theory]
    [InlineData("{\"context\": ")]
    [InlineData("{\"context\": \"NHSmail\"}")]
    [InlineData("[1,2]")]
    public async Task Malformed_or_ill_typed_json_is_400_validation_failed(string body)
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;

        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.CreateChallenge(userId, body));
        Assert.Empty((await TestPortal.Expect(HttpStatusCode.OK, await phone.GetPending())).EnumerateArray());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var userId = EngineFixture.NewUserId();

        await TestPortal.ExpectProblem(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type",
            await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/enrolments", "deviceLabel=x", "application/x-www-form-urlencoded"));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(userId)));
    }

    [Fact]
    public async Task Bodies_over_16_KiB_are_413()
    {
        var userId = EngineFixture.NewUserId();
        var big = "{\"deviceLabel\":\"" + new string('a', 17 * 1024) + "\"}";

        await TestPortal.ExpectProblem(HttpStatusCode.RequestEntityTooLarge, "payload_too_large", await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/enrolments", big));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(userId)));

        using var phone = engine.NewPhone();
        await TestPortal.ExpectProblem(HttpStatusCode.RequestEntityTooLarge, "payload_too_large", await phone.Send(HttpMethod.Post, "/v1/devices", big));
    }

    [Fact]
    public async Task User_ids_over_256_characters_or_with_control_characters_are_400()
    {
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Post, TestPortal.Users(new string('a', 257)) + "/enrolments", "{}"));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Post, TestPortal.Users("jane\u0001doe") + "/enrolments", "{}"));
        await TestPortal.Expect(HttpStatusCode.Created, await _portal.Send(HttpMethod.Post, TestPortal.Users(new string('b', 256)) + "/enrolments", "{}"));
    }

    [Fact]
    public async Task Over_long_server_made_ids_are_not_found_and_an_id_that_is_no_thumbprint_is_refused_before_any_lookup()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        var longId = "chl_" + new string('x', 4000);

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "challenge_not_found", await _portal.Send(HttpMethod.Get, $"{TestPortal.Users(userId)}/challenges/{longId}"));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "challenge_not_found", await phone.Answer(longId, "deny"));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "enrolment_not_found", await _portal.Send(HttpMethod.Get, $"{TestPortal.Users(userId)}/enrolments/enr_{new string('x', 4000)}"));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "device_not_found", await _portal.Send(HttpMethod.Delete, $"{TestPortal.Users(userId)}/devices/{new string('d', 4000)}"));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await phone.Send(HttpMethod.Get, $"/v1/devices/{new string('d', 4000)}/challenges", null));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await phone.Send(HttpMethod.Get, $"/v1/devices/{phone.DeviceId[..42]}!/challenges", null));

        Assert.Equal("pending", Id(await _portal.GetChallenge(userId, Id(challenge, "challengeId")), "status"));
        Assert.Equal("active", Id(Assert.Single((await _portal.GetAccount(userId)).GetProperty("devices").EnumerateArray()), "status"));
    }

    [Fact]
    public async Task A_slash_in_a_user_id_is_kept_apart_from_a_literal_percent_2F()
    {
        var unique = EngineFixture.NewUserId();
        var slashed = await TestPortal.Expect(HttpStatusCode.Created, await _portal.Send(HttpMethod.Post, TestPortal.Users("Ward/7." + unique) + "/enrolments", "{}"));
        var literal = await TestPortal.Expect(HttpStatusCode.Created, await _portal.Send(HttpMethod.Post, TestPortal.Users("ward%2F7." + unique) + "/enrolments", "{}"));

        Assert.Equal("ward/7." + unique.ToLowerInvariant(), Id(slashed, "userId"));
        Assert.Equal("ward%2f7." + unique.ToLowerInvariant(), Id(literal, "userId"));
        Assert.Equal("ward/7." + unique.ToLowerInvariant(), Id(await _portal.GetEnrolment("Ward/7." + unique, Id(slashed, "enrolmentId")), "userId"));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "enrolment_not_found",
            await _portal.Send(HttpMethod.Get, $"{TestPortal.Users("ward%2F7." + unique)}/enrolments/{Id(slashed, "enrolmentId")}"));
    }

    [Theory]
    [InlineData("31")]
    [InlineData("-1")]
    [InlineData("soon")]
    public async Task WaitSeconds_outside_0_to_30_is_400(string wait)
    {
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed",
            await _portal.Send(HttpMethod.Get, $"{TestPortal.Users(EngineFixture.NewUserId())}/challenges/chl_x?waitSeconds={wait}"));
    }

    [Fact]
    public async Task Approve_without_a_number_or_with_non_digits_is_400_and_leaves_the_challenge_pending()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        var id = Id(challenge, "challengeId");

        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await phone.Answer(id, "approve"));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await phone.Answer(id, "approve", "4x"));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await phone.Send(HttpMethod.Post, $"/v1/devices/{phone.DeviceId}/challenges/{id}/answer", """{"decision":"maybe"}"""));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await phone.Send(HttpMethod.Post, $"/v1/devices/{phone.DeviceId}/challenges/{id}/answer", """{"decision":0,"number":"47"}"""));

        Assert.Equal("pending", Id(await _portal.GetChallenge(userId, id), "status"));
    }

    [Fact]
    public async Task Bad_signatures_are_401_invalid_signature_and_change_nothing()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        using var intruder = engine.NewPhone();
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        var answerPath = $"/v1/devices/{phone.DeviceId}/challenges/{Id(challenge, "challengeId")}/answer";
        var approve = $$"""{"decision":"approve","number":"{{Id(challenge, "number")}}"}""";

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await phone.Send(HttpMethod.Post, answerPath, approve, signWith: intruder.Signer));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await Unsigned(HttpMethod.Post, answerPath, approve));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await Tampered(phone, answerPath, approve));

        Assert.Equal("pending", Id(await _portal.GetChallenge(userId, Id(challenge, "challengeId")), "status"));
    }

    [Fact]
    public async Task Signatures_older_or_newer_than_300_seconds_are_401_stale_signature()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var now = engine.Host.Clock.GetUtcNow();
        var path = $"/v1/devices/{phone.DeviceId}/challenges";

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "stale_signature", await phone.Send(HttpMethod.Get, path, null, signedAt: now.AddSeconds(-301)));
        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "stale_signature", await phone.Send(HttpMethod.Get, path, null, signedAt: now.AddSeconds(301)));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Send(HttpMethod.Get, path, null, signedAt: now.AddSeconds(-299)));
    }

    [Fact]
    public async Task A_device_cannot_act_on_another_devices_path_or_challenge()
    {
        var (userId, phone) = await EnrolledUser();
        using var enrolledPhone = phone;
        var (otherUser, other) = await EnrolledUser();
        using var otherPhone = other;
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await other.Send(HttpMethod.Get, $"/v1/devices/{phone.DeviceId}/challenges", null));
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "challenge_not_found", await other.Answer(Id(challenge, "challengeId"), "deny"));
        Assert.Equal("pending", Id(await _portal.GetChallenge(userId, Id(challenge, "challengeId")), "status"));
        Assert.NotEqual(userId, otherUser);
    }

    [Fact]
    public async Task Activation_signed_by_a_key_other_than_the_one_in_the_body_is_401_and_keeps_the_code()
    {
        var userId = EngineFixture.NewUserId();
        var enrolment = await _portal.CreateEnrolment(userId);
        using var phone = engine.NewPhone();
        using var other = engine.NewPhone();
        var body = phone.ActivationBody(Id(enrolment, "activationCode")).ToJsonString();

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "invalid_signature", await phone.Send(HttpMethod.Post, "/v1/devices", body, signWith: other.Signer));

        await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(Id(enrolment, "activationCode")));
    }

    private async Task<HttpResponseMessage> Unsigned(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await engine.Http.SendAsync(request);
    }

    private async Task<HttpResponseMessage> Tampered(Phones.TestPhone phone, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        phone.Signer.Sign(request, Encoding.UTF8.GetBytes(json), engine.Host.Clock.GetUtcNow());
        request.Content = new StringContent(json.Replace("approve", "deny", StringComparison.Ordinal), Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await engine.Http.SendAsync(request);
    }

    private async Task<(string UserId, Phones.TestPhone Phone)> EnrolledUser()
    {
        var userId = EngineFixture.NewUserId();
        var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId);
        return (userId, phone);
    }
}
