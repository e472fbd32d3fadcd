using System.Text;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Client.Tests;

/// <summary>The passcode and account routes through the portal client.</summary>
public sealed class PasscodeAndAccountTests(PasscodeEngineFixture engine) : IClassFixture<PasscodeEngineFixture>
{
    private readonly MfaPortalClient portal = new(engine.Http, EngineHost.PortalKey);

    [Fact]
    public async Task A_third_party_authenticator_is_created_confirmed_verified_and_removed()
    {
        var (userId, _, _) = await ClientEnrolment.EnrolledUserAsync(engine, portal);

        var totp = await portal.CreateTotpAsync(userId);
        Assert.StartsWith("otpauth://totp/", totp.OtpauthUri, StringComparison.Ordinal);
        Assert.Contains("<svg", Encoding.UTF8.GetString(await portal.GetTotpQrAsync(userId, totp.TotpId, QrFormat.Svg)), StringComparison.Ordinal);
        var wrong = await Assert.ThrowsAsync<MfaProblemException>(() => portal.ConfirmTotpAsync(userId, totp.TotpId, "000000"));
        Assert.Equal(MfaErrorCodes.InvalidCode, wrong.Code);
        await portal.ConfirmTotpAsync(userId, totp.TotpId, OathTool.Totp(totp.Secret, engine.Host.Clock.GetUtcNow()));
        Assert.True(Assert.Single((await portal.GetAccountAsync(userId)).Totp).Confirmed);

        engine.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        var verified = await portal.VerifyPasscodeAsync(userId, OathTool.Totp(totp.Secret, engine.Host.Clock.GetUtcNow()));
        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Totp, TotpId: totp.TotpId), verified);

        await portal.RemoveTotpAsync(userId, totp.TotpId);
        var gone = await Assert.ThrowsAsync<MfaProblemException>(() => portal.RemoveTotpAsync(userId, totp.TotpId));
        Assert.Equal(MfaErrorCodes.TotpNotFound, gone.Code);
    }

    [Fact]
    public async Task A_code_sent_to_the_phone_number_verifies_as_sms()
    {
        var (userId, _, _) = await ClientEnrolment.EnrolledUserAsync(engine, portal);
        var number = PasscodeEngineFixture.NewPhoneNumber();

        await portal.SetPhoneNumberAsync(userId, number);
        var sent = await portal.SendPasscodeAsync(userId, PasscodeChannel.Sms);

        Assert.Equal(PasscodeChannel.Sms, sent.Channel);
        Assert.True(sent.ExpiresAt > engine.Host.Clock.GetUtcNow());
        Assert.Equal("+44••••••" + number[^4..], (await portal.GetAccountAsync(userId)).PhoneNumber);
        var code = Assert.Single(engine.Sender.To(number)).Code;
        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Sms), await portal.VerifyPasscodeAsync(userId, code));
    }

    [Fact]
    public async Task The_portal_removes_a_device_and_then_it_is_not_found()
    {
        var (userId, _, device) = await ClientEnrolment.EnrolledUserAsync(engine, portal);

        await portal.RemoveDeviceAsync(userId, device.DeviceId);

        var again = await Assert.ThrowsAsync<MfaProblemException>(() => portal.RemoveDeviceAsync(userId, device.DeviceId));
        Assert.Equal(MfaErrorCodes.DeviceNotFound, again.Code);
    }
}
