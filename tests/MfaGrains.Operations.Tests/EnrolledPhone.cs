using System.Net;
using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Api.Tests.Phones;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Operations.Tests;

/// <summary>A phone enrolled through the whole QR flow with a push token, and every secret the flow handed out on the way.</summary>
public sealed record EnrolledPhone(string UserId, TestPhone Phone, string ActivationCode, string TotpSeed, string PushToken, string TestChallengeId, string TestNumber)
{
    /// <summary>Enrols a new phone for <paramref name="userId"/>: enrolment, activation (TOTP-capable, with a push token), test challenge approved.</summary>
    public static async Task<EnrolledPhone> Enrol(TestPortal portal, TestPhone phone, string userId)
    {
        var pushToken = "push-token-" + Guid.NewGuid().ToString("N");
        var enrolment = await portal.CreateEnrolment(userId);
        var code = Id(enrolment, "activationCode");
        var activated = await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(code, "android", pushToken));
        var test = await portal.CreateTestChallenge(userId, Id(enrolment, "enrolmentId"));
        var answer = await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(test, "challengeId"), "approve", Id(test, "number")));
        Assert.Equal("approved", Id(answer, "status"));
        return new EnrolledPhone(userId, phone, code, Id(activated.GetProperty("totp"), "secret"), pushToken, Id(test, "challengeId"), Id(test, "number"));
    }
}
