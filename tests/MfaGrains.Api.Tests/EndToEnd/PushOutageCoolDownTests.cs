using System.Net;
using System.Text.Json;
using MfaGrains.Push.Tests.Fcm;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// The fatigue cool-down survives a push outage: sign-ins that expire while the strict fake FCM answers 503 were never
/// seen, so they lock nobody out; sign-ins pushed and then ignored still start the cool-down.
/// </summary>
public sealed class PushOutageCoolDownTests(PushEngineFixture engine) : IClassFixture<PushEngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task Three_sign_ins_expiring_during_an_fcm_outage_start_no_cool_down()
    {
        var userId = EngineFixture.NewUserId();
        var token = "fcm-outage-" + Guid.NewGuid().ToString("N");
        using var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId, "android", token);
        await engine.FcmReceivedTestPush(token);
        engine.Fcm.Script(token, FcmFault.Unavailable, retryAfter: "1");

        for (var i = 0; i < 3; i++)
        {
            await ExpireAfterDelivery(userId, "failed");
        }

        var fourth = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        Assert.Equal("pending", Id(fourth, "status"));
        var account = await _portal.GetAccount(userId);
        Assert.False(account.TryGetProperty("coolDownUntil", out var coolDown) && coolDown.ValueKind != JsonValueKind.Null, "no cool-down");
        Assert.Empty(engine.Fcm.Violations);
    }

    [Fact]
    public async Task Three_sign_ins_pushed_and_ignored_start_the_cool_down_as_before()
    {
        var userId = EngineFixture.NewUserId();
        var token = "fcm-ignored-" + Guid.NewGuid().ToString("N");
        using var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId, "android", token);

        for (var i = 0; i < 3; i++)
        {
            await ExpireAfterDelivery(userId, "sent");
        }

        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_challenges", await _portal.CreateChallenge(userId));
    }

    /// <summary>Issues a sign-in, waits for its push to end in <paramref name="deliveryState"/>, then moves the clock past its expiry.</summary>
    private async Task ExpireAfterDelivery(string userId, string deliveryState)
    {
        var challenge = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        var challengeId = Id(challenge, "challengeId");
        await Eventually.Until(
            async () => (await _portal.GetChallenge(userId, challengeId)).GetProperty("deliveries")[0],
            d => Id(d, "state") != "pending",
            "the push to settle");
        var delivery = (await _portal.GetChallenge(userId, challengeId)).GetProperty("deliveries")[0];
        Assert.Equal(deliveryState, Id(delivery, "state"));

        // Spaced beyond the lifetime and apart enough that the sign-in rate window never interferes.
        engine.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("expired", Id(await _portal.GetChallenge(userId, challengeId), "status"));
    }
}
