using MfaGrains.Grains.Tests.Users;
using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Tests.Enrolment;

/// <summary>Activation binds a new, unverified device to an awaitingActivation enrolment; cancelling ends an unfinished one.</summary>
public sealed class ActivationRuleTests
{
    private readonly TestAccount _account = new();

    [Fact]
    public void Activation_with_the_right_code_binds_an_unverified_device_and_forgets_the_code()
    {
        var enrolment = _account.StartEnrolment(out var code);

        var activated = _account.Activate(enrolment.Id, code, "phone-a");

        Assert.True(activated.Succeeded);
        Assert.Equal(EnrolmentStatus.AwaitingVerification, enrolment.Status);
        Assert.Null(enrolment.SealedCode);
        var view = _account.Account.ToView(enrolment);
        Assert.Equal(("phone-a", "Pixel 8", (DevicePlatform?)DevicePlatform.Android), (view.DeviceId, view.DeviceName, view.Platform));
        Assert.Equal(DeviceStatus.AwaitingVerification, _account.Account.FindDevice("phone-a")!.Status);
        Assert.Empty(_account.Account.ActiveDevices);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("used")]
    [InlineData("cancelled")]
    [InlineData("expired")]
    public void An_unknown_used_cancelled_or_expired_code_is_invalid_activation_code(string codeIs)
    {
        var enrolment = _account.StartEnrolment(out var code);
        switch (codeIs)
        {
            case "wrong":
                code = code == "999999999" ? "999999998" : "999999999";
                break;
            case "used":
                _account.Activate(enrolment.Id, code, "phone-a");
                break;
            case "cancelled":
                _account.Account.CancelEnrolment(enrolment.Id, _account.Now);
                break;
            case "expired":
                _account.AdvanceTo(enrolment.ExpiresAt);
                break;
        }

        var activated = _account.Activate(enrolment.Id, code, "phone-b");

        Assert.Equal(MfaErrorCode.InvalidActivationCode, activated.Failure?.Code);
        Assert.Null(_account.Account.FindDevice("phone-b"));
    }

    [Fact]
    public void Activating_with_a_key_the_user_already_holds_is_device_already_registered()
    {
        _account.AddActiveDevice("phone-a");
        var enrolment = _account.StartEnrolment(out var code);

        var activated = _account.Activate(enrolment.Id, code, "phone-a");

        Assert.Equal(MfaErrorCode.DeviceAlreadyRegistered, activated.Failure?.Code);
        Assert.Equal(EnrolmentStatus.AwaitingActivation, enrolment.Status);
    }

    [Fact]
    public void Cancelling_an_enrolment_cancels_its_pending_test_and_removes_the_unverified_device()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        var test = _account.Test(enrolment.Id);

        var cancelled = _account.Account.CancelEnrolment(enrolment.Id, _account.Now);

        Assert.True(cancelled.Succeeded);
        Assert.Equal(EnrolmentStatus.Cancelled, enrolment.Status);
        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.CancelledByPortal), (test.Status, test.Reason));
        Assert.Null(_account.Account.FindDevice("phone-a"));
    }

    [Theory]
    [InlineData(EnrolmentStatus.Completed)]
    [InlineData(EnrolmentStatus.Expired)]
    [InlineData(EnrolmentStatus.Cancelled)]
    public void Cancelling_an_ended_enrolment_is_enrolment_not_pending(EnrolmentStatus ended)
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        switch (ended)
        {
            case EnrolmentStatus.Completed:
                _account.Approve("phone-a", _account.Test(enrolment.Id));
                break;
            case EnrolmentStatus.Expired:
                _account.AdvanceTo(enrolment.ExpiresAt);
                _account.Settle();
                break;
            case EnrolmentStatus.Cancelled:
                _account.Account.CancelEnrolment(enrolment.Id, _account.Now);
                break;
        }

        var cancelled = _account.Account.CancelEnrolment(enrolment.Id, _account.Now);

        Assert.Equal(MfaErrorCode.EnrolmentNotPending, cancelled.Failure?.Code);
        Assert.Equal(ended, enrolment.Status);
    }

    [Fact]
    public void Cancelling_an_unknown_enrolment_is_enrolment_not_found()
    {
        Assert.Equal(MfaErrorCode.EnrolmentNotFound, _account.Account.CancelEnrolment("enr_unknown", _account.Now).Failure?.Code);
    }

    [Fact]
    public void An_expired_enrolment_cannot_be_activated_even_before_its_expiry_is_recorded()
    {
        // The enrolment must reach completed by expiresAt; the domain must not rely on its caller having settled first.
        var enrolment = _account.StartEnrolment(out var code);
        _account.AdvanceTo(enrolment.ExpiresAt);
        var request = new ActivationRequest(enrolment.Id, code, "phone-a", new DevicePublicKey("x", "y"), DevicePlatform.Ios, null, null, null);

        var checkedEnrolment = _account.Account.CheckActivation(request, _account.Now);

        Assert.Equal(MfaErrorCode.InvalidActivationCode, checkedEnrolment.Failure?.Code);
    }
}
