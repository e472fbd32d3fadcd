using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MfaGrains.Api.Tests.Phones;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The portal's passcode calls, and enrolling a phone while keeping the TOTP seed its activation handed out.</summary>
public static class PasscodeSteps
{
    public static Task<HttpResponseMessage> Verify(this TestPortal portal, string userId, string code) =>
        portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/passcodes/verify", new JsonObject { ["code"] = code }.ToJsonString());

    public static async Task<JsonElement> VerifyOk(this TestPortal portal, string userId, string code) =>
        await TestPortal.Expect(HttpStatusCode.OK, await portal.Verify(userId, code));

    public static Task<HttpResponseMessage> SetPhone(this TestPortal portal, string userId, string phoneNumber) =>
        portal.Send(HttpMethod.Put, TestPortal.Users(userId) + "/phone", new JsonObject { ["phoneNumber"] = phoneNumber }.ToJsonString());

    /// <summary>Gives the user a phone number of its own, so the test can tell its messages from other tests', and returns it.</summary>
    public static async Task<string> SetNewPhone(this TestPortal portal, string userId)
    {
        var number = PasscodeEngineFixture.NewPhoneNumber();
        await TestPortal.Expect(HttpStatusCode.NoContent, await portal.SetPhone(userId, number));
        return number;
    }

    public static Task<HttpResponseMessage> SendCode(this TestPortal portal, string userId, string channel) =>
        portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/passcodes", new JsonObject { ["channel"] = channel }.ToJsonString());

    public static async Task<JsonElement> CreateTotp(this TestPortal portal, string userId) =>
        await TestPortal.Expect(HttpStatusCode.Created, await portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/totp"));

    public static Task<HttpResponseMessage> ConfirmTotp(this TestPortal portal, string userId, string totpId, string code) =>
        portal.Send(HttpMethod.Post, $"{TestPortal.Users(userId)}/totp/{totpId}/confirm", new JsonObject { ["code"] = code }.ToJsonString());

    /// <summary>Enrols the phone through the QR flow and returns the base32 TOTP seed from its activation answer.</summary>
    public static async Task<string> EnrolActiveKeepingSeed(TestPortal portal, TestPhone phone, string userId) =>
        (await Enrolments.Enrol(portal, phone, userId)).Device.Totp.Secret;
}
