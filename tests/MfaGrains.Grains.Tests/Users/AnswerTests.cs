namespace MfaGrains.Grains.Tests.Users;

/// <summary>A phone's answer: approve with the right number, or deny, or report; the first answer is final.</summary>
public sealed class AnswerTests
{
    private readonly TestAccount _account = new();

    public AnswerTests()
    {
        _account.AddActiveDevice("phone-a");
        _account.AddActiveDevice("phone-b");
    }

    [Fact]
    public void Answer_with_right_number_approves_the_challenge()
    {
        var challenge = _account.SignIn();
        _account.Advance(TimeSpan.FromSeconds(7));

        var answered = _account.Answer("phone-a", challenge.Id, AnswerDecision.Approve, TestAccount.Number);

        Assert.True(answered.Succeeded);
        var view = _account.View(challenge);
        Assert.Equal((ChallengeStatus.Approved, (ChallengeReason?)null), (view.Status, view.Reason));
        Assert.Equal("phone-a", view.DeviceId);
        Assert.Equal(_account.Now, view.ResolvedAt);
    }

    [Fact]
    public void Answer_with_wrong_number_denies_the_challenge()
    {
        var challenge = _account.SignIn();

        _account.Answer("phone-a", challenge.Id, AnswerDecision.Approve, TestAccount.WrongNumber);

        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.WrongNumber), (challenge.Status, challenge.Reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("047")]
    [InlineData(" 47")]
    public void Approve_without_exactly_the_number_denies_the_challenge_as_wrong_number(string? number)
    {
        var challenge = _account.SignIn();

        _account.Answer("phone-a", challenge.Id, AnswerDecision.Approve, number);

        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.WrongNumber), (challenge.Status, challenge.Reason));
    }

    [Fact]
    public void Deny_denies_the_challenge_as_user_denied()
    {
        var challenge = _account.Deny("phone-b", _account.SignIn());

        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.UserDenied), (challenge.Status, challenge.Reason));
        Assert.Equal("phone-b", challenge.AnsweredBy);
    }

    [Fact]
    public void Report_denies_the_challenge_as_reported_fraud()
    {
        var challenge = _account.Report("phone-a", _account.SignIn());

        Assert.Equal((ChallengeStatus.Denied, ChallengeReason.ReportedFraud), (challenge.Status, challenge.Reason));
    }

    [Theory]
    [InlineData(ChallengeStatus.Approved, null)]
    [InlineData(ChallengeStatus.Denied, ChallengeReason.UserDenied)]
    [InlineData(ChallengeStatus.Denied, ChallengeReason.WrongNumber)]
    [InlineData(ChallengeStatus.Expired, ChallengeReason.TimedOut)]
    [InlineData(ChallengeStatus.Cancelled, ChallengeReason.Superseded)]
    [InlineData(ChallengeStatus.Cancelled, ChallengeReason.CancelledByPortal)]
    public void An_answer_after_resolution_is_challenge_not_pending_with_the_status_and_reason(ChallengeStatus status, ChallengeReason? reason)
    {
        var challenge = _account.SignIn();
        switch (reason)
        {
            case null:
                _account.Approve("phone-a", challenge);
                break;
            case ChallengeReason.UserDenied:
                _account.Deny("phone-a", challenge);
                break;
            case ChallengeReason.WrongNumber:
                _account.Answer("phone-a", challenge.Id, AnswerDecision.Approve, TestAccount.WrongNumber);
                break;
            case ChallengeReason.TimedOut:
                _account.AdvanceTo(challenge.ExpiresAt);
                break;
            case ChallengeReason.Superseded:
                _account.SignIn();
                break;
            case ChallengeReason.CancelledByPortal:
                _account.Account.CancelByPortal(challenge.Id, _account.Now);
                break;
        }

        var late = _account.Answer("phone-b", challenge.Id, AnswerDecision.Approve, TestAccount.Number);

        Assert.Equal(MfaErrorCode.ChallengeNotPending, late.Failure?.Code);
        Assert.Equal(status, late.Failure?.ChallengeStatus);
        Assert.Equal(reason, late.Failure?.ChallengeReason);
        Assert.Equal((status, reason), (challenge.Status, challenge.Reason));
    }

    [Fact]
    public void The_first_answer_wins_and_a_later_one_changes_nothing()
    {
        var challenge = _account.Deny("phone-a", _account.SignIn());
        var revision = challenge.Revision;

        var late = _account.Answer("phone-a", challenge.Id, AnswerDecision.Report);

        Assert.Equal(MfaErrorCode.ChallengeNotPending, late.Failure?.Code);
        Assert.Equal((ChallengeReason.UserDenied, revision), (challenge.Reason, challenge.Revision));
        Assert.Null(_account.RefusedSignIn());
    }

    [Fact]
    public void A_lapsed_challenge_cannot_be_approved_even_before_its_expiry_is_recorded()
    {
        // Expiry is data (ChallengeRecord.HasLapsed): the domain must not rely on its caller having settled first.
        var challenge = _account.SignIn();
        _account.AdvanceTo(challenge.ExpiresAt);

        var answered = _account.Account.Answer(
            new ChallengeAnswer("phone-a", challenge.Id, AnswerDecision.Approve, TestAccount.Number), _account.Now, out _);

        Assert.Equal(MfaErrorCode.ChallengeNotPending, answered.Failure?.Code);
        Assert.Equal(ChallengeStatus.Expired, answered.Failure?.ChallengeStatus);
        Assert.Equal(ChallengeReason.TimedOut, answered.Failure?.ChallengeReason);
    }
}
