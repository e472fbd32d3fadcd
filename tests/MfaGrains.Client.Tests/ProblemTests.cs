using System.Net;
using MfaGrains.Api.Tests.EndToEnd;

namespace MfaGrains.Client.Tests;

/// <summary>Every refusal surfaces as <see cref="MfaProblemException"/> with the contract's code, status and Retry-After.</summary>
public sealed class ProblemTests(ClientEngineFixture engine) : IClassFixture<ClientEngineFixture>
{
    [Fact]
    public async Task A_wrong_portal_key_is_unauthenticated()
    {
        var portal = new MfaPortalClient(engine.Http, "not-the-key");

        var refused = await Assert.ThrowsAsync<MfaProblemException>(() => portal.GetAccountAsync(ClientEngineFixture.NewUserId()));

        Assert.Equal((HttpStatusCode.Unauthorized, MfaErrorCodes.Unauthenticated), (refused.StatusCode, refused.Code));
        Assert.Equal(401, refused.Problem.Status);
    }

    [Fact]
    public async Task Unknown_users_and_challenges_are_not_found_with_their_codes()
    {
        var userId = ClientEngineFixture.NewUserId();

        var user = await Assert.ThrowsAsync<MfaProblemException>(() => engine.PortalClient.GetAccountAsync(userId));
        var challenge = await Assert.ThrowsAsync<MfaProblemException>(() => engine.PortalClient.GetChallengeAsync(userId, "chl_unknown"));
        var noDevice = await Assert.ThrowsAsync<MfaProblemException>(() => engine.PortalClient.CreateChallengeAsync(userId));

        Assert.Equal(MfaErrorCodes.UserNotFound, user.Code);
        Assert.Equal(MfaErrorCodes.ChallengeNotFound, challenge.Code);
        Assert.Equal((HttpStatusCode.Conflict, MfaErrorCodes.NoActiveDevice), (noDevice.StatusCode, noDevice.Code));
        Assert.Null(noDevice.RetryAfter);
    }

    [Fact]
    public async Task A_second_answer_is_not_pending_and_names_the_status_it_already_has()
    {
        var (userId, phone, _) = await engine.EnrolledUserAsync();
        var challenge = await engine.PortalClient.CreateChallengeAsync(userId);
        await phone.AnswerAsync(challenge.ChallengeId, AnswerDecision.Deny);

        var late = await Assert.ThrowsAsync<MfaProblemException>(() => phone.ApproveAsync(challenge.ChallengeId, challenge.Number));

        Assert.Equal(MfaErrorCodes.ChallengeNotPending, late.Code);
        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.UserDenied), (late.Problem.ChallengeStatus, late.Problem.Reason));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_its_code()
    {
        var (userId, phone, _) = await engine.EnrolledUserAsync();
        var started = await engine.PortalClient.StartEnrolmentAsync(userId);
        await engine.PortalClient.CancelEnrolmentAsync(userId, started.EnrolmentId);

        var cancelledAgain = await Assert.ThrowsAsync<MfaProblemException>(() => engine.PortalClient.CancelEnrolmentAsync(userId, started.EnrolmentId));
        var badPhone = await Assert.ThrowsAsync<MfaProblemException>(() => engine.PortalClient.SetPhoneNumberAsync(userId, "07700 900123"));
        var noPhone = await Assert.ThrowsAsync<MfaProblemException>(() => engine.PortalClient.SendPasscodeAsync(userId, PasscodeChannel.Sms));
        var usedCode = await Assert.ThrowsAsync<MfaProblemException>(() => engine.NewPhoneClient().ActivateAsync(started.ActivationCode));
        var approveWithoutNumber = await Assert.ThrowsAsync<MfaProblemException>(async () =>
            await phone.AnswerAsync((await engine.PortalClient.CreateChallengeAsync(userId)).ChallengeId, AnswerDecision.Approve));

        Assert.Equal(MfaErrorCodes.EnrolmentNotPending, cancelledAgain.Code);
        Assert.Equal(MfaErrorCodes.InvalidPhoneNumber, badPhone.Code);
        Assert.Equal(MfaErrorCodes.PhoneNumberMissing, noPhone.Code);
        Assert.Equal(MfaErrorCodes.InvalidActivationCode, usedCode.Code);
        Assert.Equal((HttpStatusCode.BadRequest, MfaErrorCodes.ValidationFailed), (approveWithoutNumber.StatusCode, approveWithoutNumber.Code));
    }

    [Fact]
    public async Task Too_many_challenges_carries_the_retry_after_the_engine_sent()
    {
        var (userId, _, _) = await engine.EnrolledUserAsync();
        for (var i = 0; i < 5; i++)
        {
            await engine.PortalClient.CreateChallengeAsync(userId);
            engine.Host.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = await Assert.ThrowsAsync<MfaProblemException>(() => engine.PortalClient.CreateChallengeAsync(userId));

        Assert.Equal((HttpStatusCode.TooManyRequests, MfaErrorCodes.TooManyChallenges), (refused.StatusCode, refused.Code));
        Assert.Equal(TimeSpan.FromSeconds(250), refused.RetryAfter);
    }

    [Fact]
    public async Task Locked_passcodes_carry_the_retry_after_and_unlock_clears_them()
    {
        var (userId, _, device) = await engine.EnrolledUserAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.False((await engine.PortalClient.VerifyPasscodeAsync(userId, "000000")).Valid);
        }

        var right = OathTool.Totp(device.Totp.Secret, engine.Host.Clock.GetUtcNow());
        var locked = await Assert.ThrowsAsync<MfaProblemException>(() => engine.PortalClient.VerifyPasscodeAsync(userId, right));
        Assert.Equal(((HttpStatusCode)423, MfaErrorCodes.Locked), (locked.StatusCode, locked.Code));
        Assert.InRange(locked.RetryAfter!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.NotNull((await engine.PortalClient.GetAccountAsync(userId)).PasscodeLockedUntil);

        await engine.PortalClient.UnlockAsync(userId);

        var verified = await engine.PortalClient.VerifyPasscodeAsync(userId, right);
        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Totp, device.DeviceId), verified);
    }
}
