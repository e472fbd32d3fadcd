using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MfaGrains.Push.Tests.Fcm;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>Challenges reach phones through FCM and APNs (strict fakes), and a failing push never fails a challenge.</summary>
public sealed class PushDeliveryTests(PushEngineFixture engine) : IClassFixture<PushEngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task An_android_phone_is_woken_by_fcm_and_approves()
    {
        var userId = EngineFixture.NewUserId();
        var token = "fcm-" + Guid.NewGuid().ToString("N");
        using var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId, "android", token);
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        var challengeId = Id(challenge, "challengeId");

        var push = await Eventually.UntilSeen(() => engine.Fcm.Received.FirstOrDefault(r => r.Body.Contains(challengeId, StringComparison.Ordinal)), r => r is not null, "the FCM push");
        var message = JsonDocument.Parse(push!.Body).RootElement.GetProperty("message");
        Assert.Equal(token, Id(message, "token"));
        Assert.Equal(["challengeId", "deviceId", "type"], message.GetProperty("data").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(phone.DeviceId, Id(message.GetProperty("data"), "deviceId"));
        Assert.Equal("high", Id(message.GetProperty("android"), "priority"));
        Assert.Equal("mfaChallenge", Id(message.GetProperty("data"), "type"));

        var pending = await TestPortal.Expect(HttpStatusCode.OK, await phone.GetPending());
        Assert.Equal(Id(message.GetProperty("data"), "challengeId"), Id(pending[0], "challengeId"));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(challengeId, "approve", Id(challenge, "number")));

        Assert.Equal("approved", Id(await _portal.GetChallenge(userId, challengeId), "status"));
        var delivery = await Eventually.Until(() => Delivery(userId, challengeId), d => Id(d, "state") != "pending", "the delivery report");
        Assert.Equal("fcm", Id(delivery, "channel"));
        Assert.Equal("sent", Id(delivery, "state"));
        Assert.Empty(engine.Fcm.Violations);
    }

    [Fact]
    public async Task An_iphone_is_woken_by_apns_with_the_contracts_headers()
    {
        var userId = EngineFixture.NewUserId();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        using var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId, "ios", token);
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId, """{"context":{"application":"NHSmail","location":"Leeds, UK"}}"""));
        var challengeId = Id(challenge, "challengeId");

        var push = await Eventually.UntilSeen(() => engine.Apns.Accepted.FirstOrDefault(r => r.Headers.GetValueOrDefault("apns-collapse-id") == challengeId), r => r is not null, "the APNs push");
        var expiresAt = DateTimeOffset.Parse(Id(challenge, "expiresAt"), CultureInfo.InvariantCulture);
        Assert.Equal(token, push!.DeviceToken);
        Assert.Equal("10", push.Headers["apns-priority"]);
        Assert.Equal("alert", push.Headers["apns-push-type"]);
        Assert.Equal(expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), push.Headers["apns-expiration"]);
        var body = Encoding.UTF8.GetString(push.Body);
        Assert.Contains("NHSmail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Leeds", body, StringComparison.Ordinal);

        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(challengeId, "approve", Id(challenge, "number")));
        var delivery = await Eventually.Until(() => Delivery(userId, challengeId), d => Id(d, "state") != "pending", "the delivery report");
        Assert.Equal("apns", Id(delivery, "channel"));
        Assert.Equal("sent", Id(delivery, "state"));
    }

    [Fact]
    public async Task A_dead_token_is_cleared_and_the_phone_keeps_working_by_pull()
    {
        var userId = EngineFixture.NewUserId();
        var token = "fcm-dead-" + Guid.NewGuid().ToString("N");
        using var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId, "android", token);
        await engine.FcmReceivedTestPush(token);
        engine.Fcm.Script(token, FcmFault.Unregistered);

        var first = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        var failed = await Eventually.Until(() => Delivery(userId, Id(first, "challengeId")), d => Id(d, "state") == "failed", "the failed delivery");
        Assert.Equal("UNREGISTERED", Id(failed, "error"));

        // The token is cleared just after the failure is recorded; a new challenge is pull-only once that has happened.
        var (second, delivery) = await Eventually.Until(
            async () =>
            {
                var created = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
                return (created, await Delivery(userId, Id(created, "challengeId")));
            },
            issued => Id(issued.Item2, "channel") == "none",
            "a pull-only challenge",
            TimeSpan.FromSeconds(10));
        Assert.Equal("noToken", Id(delivery, "state"));
        var pending = await TestPortal.Expect(HttpStatusCode.OK, await phone.GetPending());
        Assert.Equal(Id(second, "challengeId"), Id(pending[0], "challengeId"));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(second, "challengeId"), "approve", Id(second, "number")));
    }

    [Fact]
    public async Task A_push_service_outage_never_fails_the_challenge()
    {
        var userId = EngineFixture.NewUserId();
        var token = "fcm-down-" + Guid.NewGuid().ToString("N");
        using var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId, "android", token);
        await engine.FcmReceivedTestPush(token);
        engine.Fcm.Script(token, FcmFault.Unavailable, retryAfter: "1");

        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));

        await Eventually.Until(() => Delivery(userId, Id(challenge, "challengeId")), d => Id(d, "state") == "failed", "the delivery to give up");
        Assert.Equal("pending", Id(await _portal.GetChallenge(userId, Id(challenge, "challengeId")), "status"));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(challenge, "challengeId"), "approve", Id(challenge, "number")));
    }

    private async Task<JsonElement> Delivery(string userId, string challengeId) =>
        (await _portal.GetChallenge(userId, challengeId)).GetProperty("deliveries")[0];
}
