using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Api.Tests.Phones;

namespace MfaGrains.Operations.Tests;

/// <summary>A phone enrolled through the whole QR flow with a push token, and every secret the flow handed out on the way.</summary>
public sealed record EnrolledPhone(string UserId, TestPhone Phone, string ActivationCode, string TotpSeed, string PushToken, string TestChallengeId, string TestNumber)
{
    /// <summary>Enrols a new phone for <paramref name="userId"/>: enrolment, activation (TOTP-capable, with a push token), test challenge approved.</summary>
    public static async Task<EnrolledPhone> Enrol(TestPortal portal, TestPhone phone, string userId)
    {
        var pushToken = "push-token-" + Guid.NewGuid().ToString("N");
        var (enrolment, device, test) = await Enrolments.Enrol(portal, phone, userId, "android", pushToken);
        return new EnrolledPhone(userId, phone, enrolment.ActivationCode, device.Totp.Secret, pushToken, test.ChallengeId, test.Number);
    }
}
