using System.Globalization;
using System.Net;
using MfaGrains.Messaging.Tests.Notify;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// SMS and voice codes as they travel in production: the engine's configured sender hands the code to the gateway over real
/// HTTP, the gateway's strict fake takes it as the phone would receive it, and that code verifies once.
/// </summary>
public sealed class PasscodeGatewayTests(GatewayEngineFixture engine) : IClassFixture<GatewayEngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task An_sms_code_reaches_the_phone_through_gov_uk_notify_and_verifies_once()
    {
        var userId = EngineFixture.NewUserId();
        var number = await _portal.SetNewPhone(userId);

        await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "sms"));

        Assert.True(engine.Notify.Refusals.Count == 0, engine.Notify.RefusalSummary);
        var sms = Assert.Single(engine.Notify.Accepted, received => received.PhoneNumber == number);
        Assert.Equal(NotifyTestKey.TemplateId, sms.TemplateId);
        Assert.DoesNotContain(engine.Webhook.Accepted, received => received.PhoneNumber == number);
        Assert.Equal("""{"valid":true,"method":"sms"}""", (await _portal.VerifyOk(userId, sms.Code)).GetRawText());
        Assert.Equal("""{"valid":false}""", (await _portal.VerifyOk(userId, sms.Code)).GetRawText());
    }

    [Fact]
    public async Task A_voice_code_reaches_the_phone_through_the_signed_webhook_and_verifies_once()
    {
        var userId = EngineFixture.NewUserId();
        var number = await _portal.SetNewPhone(userId);

        var sent = await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "voice"));

        Assert.True(engine.Webhook.Refusals.Count == 0, engine.Webhook.RefusalSummary);
        var call = Assert.Single(engine.Webhook.Accepted, received => received.PhoneNumber == number);
        Assert.Equal("voice", call.Channel);
        Assert.Equal(DateTimeOffset.Parse(Id(sent, "expiresAt"), CultureInfo.InvariantCulture), call.ExpiresAt);
        Assert.DoesNotContain(engine.Notify.Accepted, received => received.PhoneNumber == number);
        Assert.Equal("""{"valid":true,"method":"voice"}""", (await _portal.VerifyOk(userId, call.Code)).GetRawText());
        Assert.Equal("""{"valid":false}""", (await _portal.VerifyOk(userId, call.Code)).GetRawText());
    }
}
