using MfaGrains.Grains.Options;
using MfaGrains.Grains.Tests.Users;
using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Tests.Enrolment;

/// <summary>At most 5 devices per user, counting active and unverified devices and live enrolments awaiting activation.</summary>
public sealed class DeviceLimitTests
{
    private readonly TestAccount _account = new();

    [Fact]
    public void A_sixth_device_is_refused_counting_active_unverified_and_awaiting_activation()
    {
        _account.AddActiveDevice("phone-a");
        _account.AddActiveDevice("phone-b");
        _account.AddUnverifiedDevice("phone-c");
        _account.StartEnrolment(out _);
        Assert.Null(_account.Account.RefuseAnotherDevice(_account.Now));

        _account.StartEnrolment(out _);

        var refusal = _account.Account.RefuseAnotherDevice(_account.Now);
        Assert.Equal(MfaErrorCode.TooManyDevices, refusal?.Code);
    }

    [Fact]
    public void Expired_cancelled_and_completed_enrolments_free_their_place()
    {
        var expiring = _account.StartEnrolment(out _);
        _account.Advance(TimeSpan.FromMinutes(1));
        var cancelled = _account.StartEnrolment(out _);
        _account.AddActiveDevice("phone-a");
        _account.AddActiveDevice("phone-b");
        _account.AddActiveDevice("phone-c");
        Assert.Equal(MfaErrorCode.TooManyDevices, _account.Account.RefuseAnotherDevice(_account.Now)?.Code);

        _account.Account.CancelEnrolment(cancelled.Id, _account.Now);
        Assert.Null(_account.Account.RefuseAnotherDevice(_account.Now));
        _account.StartEnrolment(out _);
        Assert.Equal(MfaErrorCode.TooManyDevices, _account.Account.RefuseAnotherDevice(_account.Now)?.Code);

        _account.AdvanceTo(expiring.ExpiresAt);
        Assert.Null(_account.Account.RefuseAnotherDevice(_account.Now));
    }

    [Fact]
    public void An_unverified_device_whose_enrolment_expired_frees_its_place()
    {
        for (var i = 0; i < 4; i++)
        {
            _account.AddActiveDevice($"phone-{i}");
        }

        var unverified = _account.AddUnverifiedDevice("phone-late");
        Assert.NotNull(_account.Account.RefuseAnotherDevice(_account.Now));

        _account.AdvanceTo(unverified.ExpiresAt);

        Assert.Null(_account.Account.RefuseAnotherDevice(_account.Now));
    }

    [Fact]
    public void Activation_does_not_count_its_own_enrolment_twice()
    {
        var account = new TestAccount(enrolment: e => e.MaxDevicesPerUser = 2);
        var first = account.StartEnrolment(out var firstCode);
        var second = account.StartEnrolment(out var secondCode);

        Assert.True(account.Activate(first.Id, firstCode, "phone-a").Succeeded);
        Assert.True(account.Activate(second.Id, secondCode, "phone-b").Succeeded);
    }

    [Fact]
    public void Activation_is_checked_against_the_limit_again()
    {
        var account = new TestAccount();
        account.AddActiveDevice("phone-a");
        var enrolment = account.StartEnrolment(out var code);
        var lowered = new MfaPolicy(
            Microsoft.Extensions.Options.Options.Create(new EnrolmentOptions { MaxDevicesPerUser = 1 }),
            Microsoft.Extensions.Options.Options.Create(new ChallengeOptions()),
            Microsoft.Extensions.Options.Options.Create(new AbuseLimitOptions()),
            Microsoft.Extensions.Options.Options.Create(new PasscodeOptions()));
        var request = new ActivationRequest(enrolment.Id, code, "phone-b", new DevicePublicKey("x", "y"), DevicePlatform.Android, null, null, null);

        var checkedEnrolment = new UserAccount(TestAccount.UserId, account.State, lowered, account.Hasher, account.Protector).CheckActivation(request, account.Now);

        Assert.Equal(MfaErrorCode.TooManyDevices, checkedEnrolment.Failure?.Code);
    }
}
