using System.Net;
using MfaGrains.Messaging.Sending;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;
using static MfaGrains.Api.Tests.EndToEnd.PasscodeSteps;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// The "call, SMS or app" fallback over HTTP: the app's offline codes (computed here by oathtool from the seed the
/// activation handed out), SMS and voice codes through the sender, the failure lock and unlock.
/// </summary>
public sealed class PasscodeTests(PasscodeEngineFixture engine) : IClassFixture<PasscodeEngineFixture>
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    private readonly TestPortal _portal = engine.Portal;

    private DateTimeOffset Now => engine.Host.Clock.GetUtcNow();

    [Fact]
    public async Task Activation_answers_with_the_apps_totp_seed_and_parameters_uncached()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var enrolment = await _portal.CreateEnrolment(userId);

        var response = await phone.Activate(Id(enrolment, "activationCode"));

        var totp = (await TestPortal.Expect(HttpStatusCode.Created, response)).GetProperty("totp");
        Assert.Matches("^[A-Z2-7]{32}$", Id(totp, "secret"));
        Assert.Equal("SHA1", Id(totp, "algorithm"));
        Assert.Equal(6, totp.GetProperty("digits").GetInt32());
        Assert.Equal(30, totp.GetProperty("period").GetInt32());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_code_oathtool_computes_from_the_activation_seed_is_valid_once()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var seed = await EnrolActiveKeepingSeed(_portal, phone, userId);
        var code = OathTool.Totp(seed, Now);

        var verdict = await _portal.VerifyOk(userId, code);

        Assert.True(verdict.GetProperty("valid").GetBoolean());
        Assert.Equal("totp", Id(verdict, "method"));
        Assert.Equal(phone.DeviceId, Id(verdict, "deviceId"));
        Assert.False(verdict.TryGetProperty("totpId", out _));
        var replay = await _portal.VerifyOk(userId, code);
        Assert.Equal("""{"valid":false}""", replay.GetRawText());
    }

    [Fact]
    public async Task Oathtool_codes_one_step_either_side_are_valid_and_two_steps_away_are_not()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var seed = await EnrolActiveKeepingSeed(_portal, phone, userId);

        Assert.False(await IsValid(userId, OathTool.Totp(seed, Now - (2 * Step))));
        Assert.False(await IsValid(userId, OathTool.Totp(seed, Now + (2 * Step))));
        Assert.True(await IsValid(userId, OathTool.Totp(seed, Now - Step)));
        Assert.True(await IsValid(userId, OathTool.Totp(seed, Now)));
        Assert.True(await IsValid(userId, OathTool.Totp(seed, Now + Step)));

        // The last accepted step is now the next one: the current code, though unused, is older and refused.
        Assert.False(await IsValid(userId, OathTool.Totp(seed, Now)));
    }

    [Fact]
    public async Task An_sms_code_is_sent_to_the_phone_number_and_is_valid_once()
    {
        var userId = EngineFixture.NewUserId();
        var number = PasscodeEngineFixture.NewPhoneNumber();
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "invalid_phone_number", await _portal.SetPhone(userId, "07700 900123"));
        await TestPortal.ExpectProblem(HttpStatusCode.Conflict, "phone_number_missing", await _portal.SendCode(userId, "sms"));
        await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.SetPhone(userId, number));

        var sent = await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "sms"));

        Assert.Equal("sms", Id(sent, "channel"));
        Assert.Equal(Now + TimeSpan.FromMinutes(5), DateTimeOffset.Parse(Id(sent, "expiresAt"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, sent.EnumerateObject().Count());
        var message = Assert.Single(engine.Sender.To(number));
        Assert.Matches("^[0-9]{6}$", message.Code);
        var verdict = await _portal.VerifyOk(userId, message.Code);
        Assert.Equal("""{"valid":true,"method":"sms"}""", verdict.GetRawText());
        Assert.False(await IsValid(userId, message.Code));
    }

    [Fact]
    public async Task A_voice_code_replaces_an_earlier_sms_code()
    {
        var userId = EngineFixture.NewUserId();
        var number = await _portal.SetNewPhone(userId);
        await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "sms"));
        var sent = await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "voice"));
        Assert.Equal("voice", Id(sent, "channel"));
        var (sms, voice) = (engine.Sender.To(number)[0], engine.Sender.To(number)[1]);
        Assert.Equal(PasscodeChannel.Voice, voice.Channel);

        Assert.False(await IsValid(userId, sms.Code));
        Assert.Equal("voice", Id(await _portal.VerifyOk(userId, voice.Code), "method"));
    }

    [Fact]
    public async Task A_code_is_refused_once_its_five_minutes_are_up()
    {
        var userId = EngineFixture.NewUserId();
        var number = await _portal.SetNewPhone(userId);
        await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "sms"));

        engine.Host.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False(await IsValid(userId, Assert.Single(engine.Sender.To(number)).Code));
    }

    [Fact]
    public async Task A_code_is_still_valid_a_second_before_its_five_minutes_are_up_and_then_only_once()
    {
        var userId = EngineFixture.NewUserId();
        var number = await _portal.SetNewPhone(userId);
        await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "sms"));
        var code = Assert.Single(engine.Sender.To(number)).Code;

        engine.Host.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));

        Assert.Equal("""{"valid":true,"method":"sms"}""", (await _portal.VerifyOk(userId, code)).GetRawText());
        Assert.False(await IsValid(userId, code));
    }

    [Fact]
    public async Task At_most_three_codes_are_sent_per_user_per_fifteen_minutes()
    {
        var userId = EngineFixture.NewUserId();
        var number = await _portal.SetNewPhone(userId);
        for (var i = 0; i < 3; i++)
        {
            await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, i == 1 ? "voice" : "sms"));
        }

        var refused = await _portal.SendCode(userId, "sms");

        await TestPortal.ExpectProblem(HttpStatusCode.TooManyRequests, "too_many_attempts", refused);
        Assert.Equal(TimeSpan.FromMinutes(15), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(3, engine.Sender.To(number).Count);
    }

    [Fact]
    public async Task The_fifth_wrong_code_locks_passcodes_even_for_the_right_code_until_unlock()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var seed = await EnrolActiveKeepingSeed(_portal, phone, userId);
        var number = await _portal.SetNewPhone(userId);
        await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.SendCode(userId, "sms"));
        var smsCode = Assert.Single(engine.Sender.To(number)).Code;

        // Malformed codes are wrong codes too, and cannot match by chance.
        foreach (var wrong in new[] { "12345", "abcdef", "9999999", "", "12 345" })
        {
            Assert.False(await IsValid(userId, wrong));
        }

        var locked = await _portal.Verify(userId, smsCode);
        await TestPortal.ExpectProblem(HttpStatusCode.Locked, "locked", locked);
        Assert.Equal(TimeSpan.FromMinutes(15), locked.Headers.RetryAfter?.Delta);
        await TestPortal.ExpectProblem(HttpStatusCode.Locked, "locked", await _portal.Verify(userId, OathTool.Totp(seed, Now)));
        await TestPortal.ExpectProblem(HttpStatusCode.Locked, "locked", await _portal.SendCode(userId, "sms"));
        var account = await _portal.GetAccount(userId);
        Assert.Equal(Now + TimeSpan.FromMinutes(15), account.GetProperty("passcodeLockedUntil").GetDateTimeOffset());
        Assert.False(account.TryGetProperty("pushLockedUntil", out _));
        await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));

        await TestPortal.Expect(HttpStatusCode.NoContent, await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/unlock"));

        Assert.False((await _portal.GetAccount(userId)).TryGetProperty("passcodeLockedUntil", out _));
        Assert.Equal("sms", Id(await _portal.VerifyOk(userId, smsCode), "method"));
        Assert.Equal(phone.DeviceId, Id(await _portal.VerifyOk(userId, OathTool.Totp(seed, Now)), "deviceId"));
    }

    [Fact]
    public async Task A_user_never_seen_is_user_not_found_and_is_not_created()
    {
        var userId = EngineFixture.NewUserId();

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Verify(userId, "123456"));

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "user_not_found", await _portal.Send(HttpMethod.Get, TestPortal.Users(userId)));
    }

    [Fact]
    public async Task Ill_typed_bodies_are_validation_failed_and_an_overlong_code_is_just_wrong()
    {
        var userId = EngineFixture.NewUserId();
        await _portal.SetNewPhone(userId);
        var path = TestPortal.Users(userId);

        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Post, path + "/passcodes/verify", """{"code":123456}"""));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Post, path + "/passcodes/verify", "{}"));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Post, path + "/passcodes", """{"channel":"fax"}"""));
        await TestPortal.ExpectProblem(HttpStatusCode.BadRequest, "validation_failed", await _portal.Send(HttpMethod.Put, path + "/phone", """{"phoneNumber":null}"""));
        await TestPortal.ExpectProblem(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type", await _portal.Send(HttpMethod.Post, path + "/passcodes/verify", "123456", "text/plain"));

        Assert.False(await IsValid(userId, new string('1', 5000)));
    }

    [Fact]
    public async Task Used_steps_and_the_lock_survive_a_restart()
    {
        var userId = EngineFixture.NewUserId();
        using var phone = engine.NewPhone();
        var seed = await EnrolActiveKeepingSeed(_portal, phone, userId);
        var code = OathTool.Totp(seed, Now);
        Assert.True(await IsValid(userId, code));

        await engine.Host.RestartAsync();

        Assert.False(await IsValid(userId, code));
        for (var i = 0; i < 4; i++)
        {
            Assert.False(await IsValid(userId, "junk"));
        }

        await engine.Host.RestartAsync();

        await TestPortal.ExpectProblem(HttpStatusCode.Locked, "locked", await _portal.Verify(userId, OathTool.Totp(seed, Now + Step)));
    }

    private async Task<bool> IsValid(string userId, string code) => (await _portal.VerifyOk(userId, code)).GetProperty("valid").GetBoolean();
}
