using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Messaging.Sending;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>The passcode commands through the user grain: what they answer, what they persist, what they hand to a sender.</summary>
[Collection(MfaClusterCollection.Name)]
public sealed class PasscodeGrainTests(MfaClusterFixture fixture)
{
    [Fact]
    public async Task Activation_hands_out_a_seed_whose_codes_verify_once()
    {
        var user = new TestUser(fixture);
        var phone = new TestPhone();
        var enrolment = await user.StartEnrolment();
        var accepted = TestUser.Ok(await user.Activate(phone, enrolment.ActivationCode), "ActivateDevice");
        var test = TestUser.Ok(await user.Grain.CreateTestChallenge(enrolment.EnrolmentId, TestUser.Context), "CreateTestChallenge");
        TestUser.Ok(await user.Grain.AnswerChallenge(phone.Approve(test.Challenge.ChallengeId, test.Number)), "AnswerChallenge");
        var code = TestCodes.At(accepted.TotpSecret, fixture.Clock.GetUtcNow());

        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Totp, phone.DeviceId, null), TestUser.Ok(await user.Grain.VerifyPasscode(code), "VerifyPasscode"));
        Assert.False(TestUser.Ok(await user.Grain.VerifyPasscode(code), "VerifyPasscode(replay)").Valid);
    }

    [Fact]
    public async Task Each_activation_gets_its_own_seed()
    {
        var user = new TestUser(fixture);
        var first = TestUser.Ok(await user.Activate(new TestPhone(), (await user.StartEnrolment()).ActivationCode), "ActivateDevice");
        var second = TestUser.Ok(await user.Activate(new TestPhone(), (await user.StartEnrolment()).ActivationCode), "ActivateDevice");

        Assert.NotEqual(first.TotpSecret, second.TotpSecret);
    }

    [Fact]
    public async Task An_unknown_user_is_user_not_found_and_stays_unknown()
    {
        var user = new TestUser(fixture);

        Assert.Equal(MfaErrorCode.UserNotFound, (await user.Grain.VerifyPasscode("123456")).Failure?.Code);
        Assert.Equal(MfaErrorCode.PhoneNumberMissing, (await user.Grain.SendPasscode(PhoneChannel.Sms)).Failure?.Code);
        Assert.Equal(MfaErrorCode.InvalidPhoneNumber, (await user.Grain.SetPhoneNumber("12345")).Failure?.Code);
        Assert.Equal(MfaErrorCode.TotpNotFound, (await user.Grain.ConfirmTotp("totp_x", "123456")).Failure?.Code);

        Assert.Equal(MfaErrorCode.UserNotFound, (await user.Grain.GetAccount()).Failure?.Code);
    }

    [Fact]
    public async Task A_user_with_only_a_phone_number_exists()
    {
        var user = new TestUser(fixture);

        TestUser.Ok(await user.Grain.SetPhoneNumber(NewPhoneNumber()), "SetPhoneNumber");

        var account = TestUser.Ok(await user.Grain.GetAccount(), "GetAccount");
        Assert.Matches("^\\+44•+[0-9]{4}$", account.PhoneNumber);
        Assert.Empty(account.Devices);
        Assert.False(TestUser.Ok(await user.Grain.VerifyPasscode("123456"), "VerifyPasscode").Valid);
    }

    [Fact]
    public async Task A_user_with_only_a_totp_authenticator_exists()
    {
        var user = new TestUser(fixture);

        var created = TestUser.Ok(await user.Grain.CreateTotp(), "CreateTotp");

        var account = TestUser.Ok(await user.Grain.GetAccount(), "GetAccount");
        Assert.Equal([new TotpSummary(created.TotpId, false, fixture.Clock.GetUtcNow())], account.Totp);
        Assert.StartsWith("totp_", created.TotpId, StringComparison.Ordinal);
        Assert.Equal(user.UserId, created.UserId);
    }

    [Fact]
    public async Task A_standalone_authenticator_is_confirmed_then_verifies_with_its_id()
    {
        var user = new TestUser(fixture);
        var created = TestUser.Ok(await user.Grain.CreateTotp(), "CreateTotp");
        Assert.Equal(created.Secret, TestUser.Ok(await user.Grain.GetTotpEnrolmentSecret(created.TotpId), "GetTotpEnrolmentSecret").Secret);

        Assert.Equal(MfaErrorCode.InvalidCode, (await user.Grain.ConfirmTotp(created.TotpId, "abcdef")).Failure?.Code);
        TestUser.Ok(await user.Grain.ConfirmTotp(created.TotpId, TestCodes.At(created.Secret, fixture.Clock.GetUtcNow())), "ConfirmTotp");
        Assert.Equal(MfaErrorCode.TotpNotFound, (await user.Grain.GetTotpEnrolmentSecret(created.TotpId)).Failure?.Code);

        var next = TestCodes.At(created.Secret, fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));
        var verdict = TestUser.Ok(await user.Grain.VerifyPasscode(next), "VerifyPasscode");
        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Totp, null, created.TotpId), verdict);

        TestUser.Ok(await user.Grain.RemoveTotp(created.TotpId), "RemoveTotp");
        Assert.Equal(MfaErrorCode.TotpNotFound, (await user.Grain.RemoveTotp(created.TotpId)).Failure?.Code);
        Assert.Empty(TestUser.Ok(await user.Grain.GetAccount(), "GetAccount").Totp);
    }

    [Fact]
    public async Task A_sent_code_reaches_the_sender_after_it_is_stored_and_verifies_once()
    {
        var user = new TestUser(fixture);
        var number = NewPhoneNumber();
        TestUser.Ok(await user.Grain.SetPhoneNumber(number), "SetPhoneNumber");

        var sent = TestUser.Ok(await user.Grain.SendPasscode(PhoneChannel.Sms), "SendPasscode");

        var message = Assert.Single(fixture.Passcodes.To(number));
        Assert.Equal(PasscodeChannel.Sms, message.Channel);
        Assert.Matches("^[0-9]{6}$", message.Code);
        Assert.Equal(sent.ExpiresAt, message.ExpiresAt);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(5), sent.ExpiresAt);
        Assert.StartsWith("pcs_", message.Reference, StringComparison.Ordinal);

        await Deactivate(user.Grain);
        Assert.Equal(PasscodeMethod.Sms, TestUser.Ok(await user.Grain.VerifyPasscode(message.Code), "VerifyPasscode").Method);
        Assert.False(TestUser.Ok(await user.Grain.VerifyPasscode(message.Code), "VerifyPasscode(again)").Valid);
    }

    [Fact]
    public async Task A_channel_no_sender_serves_is_refused_before_anything_is_stored()
    {
        var user = new TestUser(fixture);
        var number = NewPhoneNumber();
        TestUser.Ok(await user.Grain.SetPhoneNumber(number), "SetPhoneNumber");
        fixture.Passcodes.Channels = new HashSet<PasscodeChannel> { PasscodeChannel.Sms };
        try
        {
            Assert.Equal(MfaErrorCode.ValidationFailed, (await user.Grain.SendPasscode(PhoneChannel.Voice)).Failure?.Code);
        }
        finally
        {
            fixture.Passcodes.Channels = new HashSet<PasscodeChannel> { PasscodeChannel.Sms, PasscodeChannel.Voice };
        }

        Assert.Empty(fixture.Passcodes.To(number));
        for (var i = 0; i < 3; i++)
        {
            TestUser.Ok(await user.Grain.SendPasscode(PhoneChannel.Voice), "SendPasscode");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_gateway_refusal_or_failure_is_only_logged_and_the_stored_code_still_verifies(bool throws)
    {
        var user = new TestUser(fixture);
        var number = NewPhoneNumber();
        TestUser.Ok(await user.Grain.SetPhoneNumber(number), "SetPhoneNumber");
        fixture.Passcodes.Answer = throws ? _ => throw new HttpRequestException("gateway down") : _ => new PasscodeSendResult(false, null, "ValidationError");
        try
        {
            TestUser.Ok(await user.Grain.SendPasscode(PhoneChannel.Voice), "SendPasscode");
        }
        finally
        {
            fixture.Passcodes.Answer = RecordingPasscodeSender.Accept;
        }

        var message = Assert.Single(fixture.Passcodes.To(number));
        Assert.Equal(PasscodeMethod.Voice, TestUser.Ok(await user.Grain.VerifyPasscode(message.Code), "VerifyPasscode").Method);
    }

    [Fact]
    public async Task The_lock_and_used_steps_survive_deactivation()
    {
        var user = new TestUser(fixture);
        var created = TestUser.Ok(await user.Grain.CreateTotp(), "CreateTotp");
        TestUser.Ok(await user.Grain.ConfirmTotp(created.TotpId, TestCodes.At(created.Secret, fixture.Clock.GetUtcNow())), "ConfirmTotp");
        var next = TestCodes.At(created.Secret, fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));
        Assert.True(TestUser.Ok(await user.Grain.VerifyPasscode(next), "VerifyPasscode").Valid);

        await Deactivate(user.Grain);
        Assert.False(TestUser.Ok(await user.Grain.VerifyPasscode(next), "VerifyPasscode(replay)").Valid);
        for (var i = 0; i < 4; i++)
        {
            TestUser.Ok(await user.Grain.VerifyPasscode("junk"), "VerifyPasscode(junk)");
        }

        await Deactivate(user.Grain);
        var locked = await user.Grain.VerifyPasscode(next);
        Assert.Equal(MfaErrorCode.Locked, locked.Failure?.Code);
        Assert.Equal(locked.Failure?.RetryAt, TestUser.Ok(await user.Grain.GetAccount(), "GetAccount").PasscodeLockedUntil);

        TestUser.Ok(await user.Grain.Unlock(), "Unlock");
        await Deactivate(user.Grain);
        Assert.Null(TestUser.Ok(await user.Grain.GetAccount(), "GetAccount").PasscodeLockedUntil);
    }

    private static string NewPhoneNumber() => "+447700" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private async Task Deactivate(IAddressable grain)
    {
        await fixture.Cluster.DeactivateAsync(grain).Within($"deactivating {grain.GetGrainId()}");
        Assert.False(fixture.Cluster.TryGetGrainContext(grain.GetGrainId(), out _), $"{grain.GetGrainId()} is still active");
    }
}
