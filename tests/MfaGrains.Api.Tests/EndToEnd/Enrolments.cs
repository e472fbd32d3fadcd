using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The enrolment steps a person goes through, for tests that need an enrolled phone to begin with.</summary>
public static class Enrolments
{
    /// <summary>Enrols the phone for the user through the whole QR flow and returns the enrolment id.</summary>
    public static async Task<string> EnrolActive(TestPortal portal, TestPhone phone, string userId, string platform = "android", string? pushToken = null)
    {
        var enrolmentId = await Activate(portal, phone, userId, platform, pushToken);
        var test = await portal.CreateTestChallenge(userId, enrolmentId);
        var answer = await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(test, "challengeId"), "approve", Id(test, "number")));
        Assert.Equal("approved", Id(answer, "status"));
        return enrolmentId;
    }

    /// <summary>Creates an enrolment and activates the phone with its code; the device is still unverified.</summary>
    public static async Task<string> Activate(TestPortal portal, TestPhone phone, string userId, string platform = "android", string? pushToken = null)
    {
        var enrolment = await portal.CreateEnrolment(userId);
        await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(Id(enrolment, "activationCode"), platform, pushToken));
        return Id(enrolment, "enrolmentId");
    }

    public static string Id(JsonElement json, string name) => json.GetProperty(name).GetString()!;
}
