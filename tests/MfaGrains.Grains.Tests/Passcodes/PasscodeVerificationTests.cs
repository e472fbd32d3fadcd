using MfaGrains.Grains.Tests.Users;

namespace MfaGrains.Grains.Tests.Passcodes;

/// <summary>Verifying a code: the authenticator app's TOTP, ±1 step, each step once, only from active devices.</summary>
public sealed class PasscodeVerificationTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    private readonly TestAccount _account = new();

    [Fact]
    public void The_current_code_of_an_active_device_is_valid_and_names_the_device()
    {
        _account.AddActiveDevice("phone-a");

        var verdict = Verify(TestCodes.At(_account.DeviceSeeds["phone-a"], _account.Now));

        Assert.Equal(new PasscodeVerification(true, PasscodeMethod.Totp, "phone-a", null), verdict);
    }

    [Fact]
    public void Each_active_device_is_tried()
    {
        _account.AddActiveDevice("phone-a");
        _account.AddActiveDevice("phone-b");

        Assert.Equal("phone-b", Verify(TestCodes.At(_account.DeviceSeeds["phone-b"], _account.Now)).DeviceId);
        Assert.Equal("phone-a", Verify(TestCodes.At(_account.DeviceSeeds["phone-a"], _account.Now)).DeviceId);
    }

    [Fact]
    public void A_device_awaiting_verification_gives_no_valid_codes()
    {
        _account.AddUnverifiedDevice("phone-a");

        Assert.False(Verify(TestCodes.At(_account.DeviceSeeds["phone-a"], _account.Now)).Valid);
    }

    [Fact]
    public void Codes_of_the_previous_and_next_step_are_valid_but_not_two_steps_away()
    {
        _account.AddActiveDevice("phone-a");
        var seed = _account.DeviceSeeds["phone-a"];

        Assert.False(Verify(TestCodes.At(seed, _account.Now - (2 * Step))).Valid);
        Assert.False(Verify(TestCodes.At(seed, _account.Now + (2 * Step))).Valid);
        Assert.True(Verify(TestCodes.At(seed, _account.Now - Step)).Valid);
        Assert.True(Verify(TestCodes.At(seed, _account.Now + Step)).Valid);
    }

    [Fact]
    public void A_code_is_valid_once()
    {
        _account.AddActiveDevice("phone-a");
        var code = TestCodes.At(_account.DeviceSeeds["phone-a"], _account.Now);

        Assert.True(Verify(code).Valid);
        Assert.Equal(PasscodeVerification.Refused, Verify(code));
    }

    [Fact]
    public void A_code_of_a_step_before_the_last_accepted_one_is_refused()
    {
        _account.AddActiveDevice("phone-a");
        var seed = _account.DeviceSeeds["phone-a"];
        Assert.True(Verify(TestCodes.At(seed, _account.Now + Step)).Valid);

        Assert.False(Verify(TestCodes.At(seed, _account.Now)).Valid);
        Assert.False(Verify(TestCodes.At(seed, _account.Now - Step)).Valid);

        _account.Advance(2 * Step);
        Assert.True(Verify(TestCodes.At(seed, _account.Now)).Valid);
    }

    [Fact]
    public void The_replay_rule_is_per_secret()
    {
        _account.AddActiveDevice("phone-a");
        _account.AddActiveDevice("phone-b");

        Assert.True(Verify(TestCodes.At(_account.DeviceSeeds["phone-a"], _account.Now)).Valid);
        Assert.True(Verify(TestCodes.At(_account.DeviceSeeds["phone-b"], _account.Now)).Valid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData(" 123456")]
    [InlineData("١٢٣٤٥٦")]
    public void A_malformed_code_is_refused_and_counted(string code)
    {
        _account.AddActiveDevice("phone-a");

        Assert.Equal(PasscodeVerification.Refused, Verify(code));
        Assert.Single(_account.State.Passcodes.FailedAt);
    }

    [Fact]
    public void A_removed_device_gives_no_valid_codes()
    {
        _account.AddActiveDevice("phone-a");
        var code = TestCodes.At(_account.DeviceSeeds["phone-a"], _account.Now);

        Assert.True(_account.Account.RemoveDevice("phone-a", _account.Now).Succeeded);

        Assert.False(Verify(code).Valid);
    }

    [Fact]
    public void The_seed_is_stored_sealed_with_its_key_id()
    {
        _account.AddActiveDevice("phone-a");

        var stored = _account.Account.FindDevice("phone-a")!.TotpSeed!;

        Assert.Equal("k1", stored.KeyId);
        Assert.DoesNotContain(_account.DeviceSeeds["phone-a"], stored.Sealed, StringComparison.Ordinal);
    }

    private PasscodeVerification Verify(string code)
    {
        _account.Settle();
        var verified = _account.Account.VerifyPasscode(code, _account.Now);
        Assert.True(verified.Succeeded, $"verification refused: {verified.Failure}");
        return verified.Value!;
    }
}
