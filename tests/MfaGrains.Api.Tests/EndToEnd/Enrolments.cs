using System.Net;
using System.Text.Json;
using MfaGrains.Api.Tests.Phones;
using MfaGrains.Client;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>The enrolment steps a person goes through, for tests that need an enrolled phone to begin with.</summary>
public static class Enrolments
{
    /// <summary>Enrols the phone for the user through the whole QR flow, by the client library, and returns what the flow handed out.</summary>
    public static async Task<CompletedEnrolment> Enrol(TestPortal portal, TestPhone phone, string userId, string platform = "android", string? pushToken = null)
    {
        var enrolment = await portal.Client.StartEnrolmentAsync(userId);
        var device = await phone.Client.ActivateAsync(
            enrolment.ActivationCode, Enum.Parse<DevicePlatform>(platform, ignoreCase: true), pushToken, "Pixel 8", "1.0.0");
        var test = await portal.Client.CreateTestChallengeAsync(userId, enrolment.EnrolmentId);
        var answer = await phone.Client.ApproveAsync(test.ChallengeId, test.Number);
        Assert.Equal(ChallengeStatus.Approved, answer.Status);
        return new CompletedEnrolment(enrolment, device, test);
    }

    /// <summary>Enrols the phone for the user through the whole QR flow and returns the enrolment id.</summary>
    public static async Task<string> EnrolActive(TestPortal portal, TestPhone phone, string userId, string platform = "android", string? pushToken = null) =>
        (await Enrol(portal, phone, userId, platform, pushToken)).Enrolment.EnrolmentId;

    /// <summary>Creates an enrolment and activates the phone with its code; the device is still unverified.</summary>
    public static async Task<string> Activate(TestPortal portal, TestPhone phone, string userId, string platform = "android", string? pushToken = null)
    {
        var enrolment = await portal.CreateEnrolment(userId);
        await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(Id(enrolment, "activationCode"), platform, pushToken));
        return Id(enrolment, "enrolmentId");
    }

    public static string Id(JsonElement json, string name) => json.GetProperty(name).GetString()!;
}

/// <summary>A completed enrolment: what the portal got when it started it, the phone's activation answer (TOTP seed
/// included) and the approved test challenge.</summary>
public sealed record CompletedEnrolment(StartedEnrolment Enrolment, ActivatedDevice Device, IssuedChallenge TestChallenge);
