using MfaGrains.Grains.Tests.Users;
using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Tests.Enrolment;

/// <summary>The test challenge ("Let's try it out") decides whether an activated enrolment completes, and expiry ends it.</summary>
public sealed class VerificationRuleTests
{
    private readonly TestAccount _account = new();

    [Fact]
    public void An_approved_test_completes_the_enrolment_and_activates_the_device()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        var test = _account.Test(enrolment.Id);

        _account.Approve("phone-a", test);

        Assert.Equal(EnrolmentStatus.Completed, enrolment.Status);
        Assert.Equal(_account.Now, enrolment.EndedAt);
        Assert.Equal(DeviceStatus.Active, _account.Account.FindDevice("phone-a")!.Status);
        Assert.Equal(["phone-a"], _account.Account.ActiveDevices.Select(d => d.Id));
    }

    [Theory]
    [InlineData(AnswerDecision.Deny, TestAccount.Number)]
    [InlineData(AnswerDecision.Approve, TestAccount.WrongNumber)]
    public void A_denied_or_wrong_number_test_leaves_the_enrolment_awaiting_verification(AnswerDecision decision, string number)
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        var test = _account.Test(enrolment.Id);

        _account.Answer("phone-a", test.Id, decision, number);

        Assert.Equal(ChallengeStatus.Denied, test.Status);
        Assert.Equal(EnrolmentStatus.AwaitingVerification, enrolment.Status);
        Assert.Equal(DeviceStatus.AwaitingVerification, _account.Account.FindDevice("phone-a")!.Status);
        Assert.Null(_account.RefusedSignIn());

        _account.Approve("phone-a", _account.Test(enrolment.Id));
        Assert.Equal(EnrolmentStatus.Completed, enrolment.Status);
    }

    [Fact]
    public void An_expired_test_leaves_the_enrolment_awaiting_verification()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        var test = _account.Test(enrolment.Id);

        _account.AdvanceTo(test.ExpiresAt);
        _account.Settle();

        Assert.Equal((ChallengeStatus.Expired, ChallengeReason.TimedOut), (test.Status, test.Reason));
        Assert.Equal(EnrolmentStatus.AwaitingVerification, enrolment.Status);
        Assert.True(_account.Account.IsDeviceLive("phone-a", _account.Now));
    }

    [Fact]
    public void A_reported_test_cancels_the_enrolment_removes_the_device_and_locks_push()
    {
        _account.AddActiveDevice("phone-old");
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        var test = _account.Test(enrolment.Id);

        var answered = _account.Account.Answer(new ChallengeAnswer("phone-a", test.Id, AnswerDecision.Report, null), _account.Now, out var removed);

        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.ReportedFraud), (answered.Value?.Status, answered.Value?.Reason));
        Assert.Equal(EnrolmentStatus.Cancelled, enrolment.Status);
        Assert.Equal("phone-a", removed?.Id);
        Assert.Null(_account.Account.FindDevice("phone-a"));
        Assert.False(_account.Account.IsDeviceLive("phone-a", _account.Now));
        Assert.Equal(MfaErrorCode.Locked, _account.RefusedSignIn()?.Code);
    }

    [Fact]
    public void A_new_test_supersedes_the_pending_test_of_the_same_enrolment_only()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        var otherEnrolment = _account.AddUnverifiedDevice("phone-b");
        var first = _account.Test(enrolment.Id);
        var other = _account.Test(otherEnrolment.Id);

        var second = _account.Test(enrolment.Id);

        Assert.Equal((ChallengeStatus.Cancelled, ChallengeReason.Superseded), (first.Status, first.Reason));
        Assert.Equal(ChallengeStatus.Pending, second.Status);
        Assert.Equal(ChallengeStatus.Pending, other.Status);
        Assert.Equal(MfaErrorCode.ChallengeNotPending, _account.Answer("phone-a", first.Id, AnswerDecision.Approve, TestAccount.Number).Failure?.Code);
    }

    [Fact]
    public void A_test_never_outlives_its_enrolment()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        _account.AdvanceTo(enrolment.ExpiresAt - TimeSpan.FromSeconds(20));

        var test = _account.Test(enrolment.Id);

        Assert.Equal(enrolment.ExpiresAt, test.ExpiresAt);
    }

    [Fact]
    public void An_enrolment_that_does_not_complete_in_time_expires_and_its_unverified_device_is_removed()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        var test = _account.Test(enrolment.Id);
        _account.Deny("phone-a", test);

        _account.AdvanceTo(enrolment.ExpiresAt - TimeSpan.FromTicks(1));
        _account.Settle();
        Assert.Equal(EnrolmentStatus.AwaitingVerification, enrolment.Status);
        Assert.True(_account.Account.IsDeviceLive("phone-a", _account.Now));

        _account.AdvanceTo(enrolment.ExpiresAt);
        Assert.False(_account.Account.IsDeviceLive("phone-a", _account.Now));
        _account.Settle();

        Assert.Equal(EnrolmentStatus.Expired, enrolment.Status);
        Assert.Equal(enrolment.ExpiresAt, enrolment.EndedAt);
        Assert.Null(_account.Account.FindDevice("phone-a"));
    }

    [Fact]
    public void A_pending_test_ends_when_its_enrolment_expires()
    {
        var enrolment = _account.AddUnverifiedDevice("phone-a");
        _account.AdvanceTo(enrolment.ExpiresAt - TimeSpan.FromSeconds(20));
        var test = _account.Test(enrolment.Id);

        _account.AdvanceTo(enrolment.ExpiresAt + TimeSpan.FromMinutes(5));
        _account.Settle();

        Assert.Equal((ChallengeStatus.Expired, ChallengeReason.TimedOut), (test.Status, test.Reason));
        Assert.Equal(EnrolmentStatus.Expired, enrolment.Status);
    }
}
