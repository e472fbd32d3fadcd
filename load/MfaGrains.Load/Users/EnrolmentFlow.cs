using MfaGrains.Client;
using MfaGrains.Client.Signing;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Phones;
using MfaGrains.Load.Portal;

namespace MfaGrains.Load.Users;

/// <summary>One complete QR enrolment as portal and phone perform it, each call a step: start → activate with a fresh key →
/// test challenge → phone sees it → approve. Shared by the seeder and the <c>enrol</c> scenario.</summary>
public sealed class EnrolmentFlow(PortalCalls portal)
{
    /// <summary>How long the phone's pending-list long-poll may hold.</summary>
    public const int WaitSeconds = 5;

    /// <summary>Enrols <paramref name="userId"/> and returns what a later run needs to sign the user in; a failed step throws <see cref="StepFailedException"/>.</summary>
    public async Task<SeededUser> EnrolAsync(ScenarioContext context, HttpClient http, string userId)
    {
        var cancel = context.CancellationToken;
        var enrolment = await Step.Run("start", context, () => portal.StartEnrolmentAsync(http, userId, cancel));
        using var key = DeviceKey.Create();
        var phone = new MfaPhoneClient(http, key);
        await Step.Run("activate", context, () => PhoneCalls.ActivateAsync(phone, enrolment.ActivationCode, cancel));
        var test = await Step.Run("test-challenge", context, () => portal.CreateTestChallengeAsync(http, userId, enrolment.EnrolmentId, cancel));
        await Step.Run("pending", context, () => PhoneCalls.FindPendingAsync(phone, test.ChallengeId, WaitSeconds, cancel));
        await Step.Run("approve", context, () => PhoneCalls.ApproveAsync(phone, test.ChallengeId, test.Number, cancel));
        return new SeededUser(userId, key.DeviceId, Convert.ToBase64String(key.ExportPkcs8()));
    }
}
