using MfaGrains.Grains.Secrets;

namespace MfaGrains.Grains.Tests.Cluster;

/// <summary>
/// A fresh user on the shared cluster (a new id per test, so tests never see each other's state) and the steps a portal
/// and a phone take, in the order the API takes them.
/// </summary>
internal sealed class TestUser(MfaClusterFixture fixture)
{
    public static readonly ChallengeContext Context = new("NHSmail", "192.0.2.10", "Leeds, UK", "Firefox");

    public string UserId { get; } = $"user-{Guid.NewGuid():N}@example.test";

    public IUserGrain Grain => fixture.Client.GetGrain<IUserGrain>(UserId);

    public IActivationCodeGrain CodeGrain(string activationCode) =>
        fixture.Client.GetGrain<IActivationCodeGrain>(fixture.Hasher.Hash(SecretPurposes.ActivationCode, activationCode));

    public async Task<EnrolmentCreated> StartEnrolment(string? deviceLabel = null) =>
        Ok(await Grain.CreateEnrolment(deviceLabel), "CreateEnrolment");

    /// <summary>What the API does on <c>POST /v1/devices</c>: find the enrolment by the code (on the silo), then activate it.</summary>
    public async Task<MfaResult<ActivationAccepted>> Activate(TestPhone phone, string activationCode)
    {
        var binding = await fixture.Client.GetGrain<IActivationLookupGrain>(0).Find(activationCode);
        Assert.NotNull(binding);
        Assert.Equal(UserId, binding.UserId);
        return await fixture.Client.GetGrain<IUserGrain>(binding.UserId).ActivateDevice(phone.Activation(binding.EnrolmentId, activationCode));
    }

    /// <summary>Enrols the phone up to <c>awaitingVerification</c>.</summary>
    public async Task<EnrolmentCreated> EnrolUnverified(TestPhone phone)
    {
        var enrolment = await StartEnrolment();
        Ok(await Activate(phone, enrolment.ActivationCode), "ActivateDevice");
        return enrolment;
    }

    /// <summary>Enrols the phone all the way: activation, then an approved test challenge.</summary>
    public async Task<TestPhone> EnrolActive(TestPhone? phone = null)
    {
        phone ??= new TestPhone();
        var enrolment = await EnrolUnverified(phone);
        var test = Ok(await Grain.CreateTestChallenge(enrolment.EnrolmentId, Context), "CreateTestChallenge");
        Ok(await Grain.AnswerChallenge(phone.Approve(test.Challenge.ChallengeId, test.Number)), "AnswerChallenge(test)");
        return phone;
    }

    public async Task<ChallengeCreated> SignIn() => Ok(await Grain.CreateSignInChallenge(Context), "CreateSignInChallenge");

    public static T Ok<T>(MfaResult<T> result, string what)
    {
        Assert.True(result.Succeeded, $"{what} refused: {result.Failure}");
        return result.Value!;
    }

    public static void Ok(MfaResult result, string what) => Assert.True(result.Succeeded, $"{what} refused: {result.Failure}");
}
