namespace MfaGrains.Grains.Tests.Users;

/// <summary>Only a device a challenge was sent to may answer it, and once one has, it leaves the others' inboxes.</summary>
public sealed class AnswerRoutingTests
{
    private readonly TestAccount _account = new();

    public AnswerRoutingTests()
    {
        _account.AddActiveDevice("phone-a");
        _account.AddActiveDevice("phone-b");
    }

    [Fact]
    public void Once_one_device_answers_the_challenge_is_no_longer_pending_for_the_others()
    {
        var challenge = _account.SignIn();
        Assert.Equal([challenge.Id], _account.Account.PendingFor("phone-b", _account.Now).Select(p => p.ChallengeId));

        _account.Approve("phone-a", challenge);

        Assert.Empty(_account.Account.PendingFor("phone-b", _account.Now));
        var fromOther = _account.Answer("phone-b", challenge.Id, AnswerDecision.Deny);
        Assert.Equal((MfaErrorCode.ChallengeNotPending, ChallengeStatus.Approved), (fromOther.Failure?.Code, fromOther.Failure?.ChallengeStatus));
    }

    [Fact]
    public void An_answer_from_a_device_the_challenge_was_not_sent_to_is_challenge_not_found()
    {
        var challenge = _account.SignIn();
        _account.AddActiveDevice("phone-c");

        var answered = _account.Answer("phone-c", challenge.Id, AnswerDecision.Approve, TestAccount.Number);

        Assert.Equal(MfaErrorCode.ChallengeNotFound, answered.Failure?.Code);
        Assert.Equal(ChallengeStatus.Pending, challenge.Status);
    }

    [Fact]
    public void An_answer_from_a_device_the_challenge_was_not_sent_to_is_challenge_not_found_even_once_resolved()
    {
        var challenge = _account.Approve("phone-a", _account.SignIn());
        _account.AddActiveDevice("phone-c");

        Assert.Equal(MfaErrorCode.ChallengeNotFound, _account.Answer("phone-c", challenge.Id, AnswerDecision.Deny).Failure?.Code);
    }

    [Fact]
    public void An_unverified_device_cannot_answer_a_sign_in()
    {
        var challenge = _account.SignIn();
        _account.AddUnverifiedDevice("phone-c");

        Assert.Equal(MfaErrorCode.ChallengeNotFound, _account.Answer("phone-c", challenge.Id, AnswerDecision.Approve, TestAccount.Number).Failure?.Code);
    }

    [Fact]
    public void An_answer_to_an_unknown_challenge_is_challenge_not_found()
    {
        Assert.Equal(MfaErrorCode.ChallengeNotFound, _account.Answer("phone-a", "chl_unknown", AnswerDecision.Deny).Failure?.Code);
    }

    [Fact]
    public void An_answer_from_a_device_the_user_does_not_hold_is_device_not_found()
    {
        var challenge = _account.SignIn();

        Assert.Equal(MfaErrorCode.DeviceNotFound, _account.Answer("someone-elses-phone", challenge.Id, AnswerDecision.Deny).Failure?.Code);
        Assert.Equal(ChallengeStatus.Pending, challenge.Status);
    }

    [Fact]
    public void Answering_marks_the_device_as_seen()
    {
        var challenge = _account.SignIn();
        _account.Advance(TimeSpan.FromSeconds(3));

        _account.Deny("phone-b", challenge);

        Assert.Equal(_account.Now, _account.Account.FindDevice("phone-b")!.LastSeenAt);
    }
}
