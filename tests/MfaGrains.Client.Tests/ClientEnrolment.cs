using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Client.Signing;

namespace MfaGrains.Client.Tests;

/// <summary>Phones and enrolled users made through the clients, on any engine fixture.</summary>
public static class ClientEnrolment
{
    /// <summary>A phone with a new key, signing with the engine's domain clock so moved time keeps signatures fresh.</summary>
    public static MfaPhoneClient NewPhoneClient(EngineFixture engine, DeviceKey? key = null) => new(engine.Http, key ?? DeviceKey.Create(), engine.Host.Clock);

    /// <summary>A user with one active phone, enrolled through the clients: QR enrolment, activation, test challenge approved.</summary>
    public static async Task<(string UserId, MfaPhoneClient Phone, ActivatedDevice Device)> EnrolledUserAsync(EngineFixture engine, MfaPortalClient portal)
    {
        var userId = EngineFixture.NewUserId();
        var phone = NewPhoneClient(engine);
        var enrolment = await portal.StartEnrolmentAsync(userId);
        var device = await phone.ActivateAsync(enrolment.ActivationCode, deviceName: "Pixel 8", appVersion: "1.0.0");
        var test = await portal.CreateTestChallengeAsync(userId, enrolment.EnrolmentId);
        await phone.ApproveAsync(test.ChallengeId, test.Number);
        return (device.UserId, phone, device);
    }
}
