using MfaGrains.Grains.Users;

namespace MfaGrains.Grains.Tests.Users;

/// <summary>A device's inbox: its pending challenges, newest first, never another device's or an answered one.</summary>
public sealed class PendingForTests
{
    private readonly TestAccount _account = new();

    [Fact]
    public void A_device_sees_only_its_own_pending_challenges_newest_first()
    {
        var now = _account.Now;
        var state = _account.State;
        state.Challenges.AddRange(
        [
            Challenge("older", now.AddSeconds(-30), "phone-a", "phone-b"),
            Challenge("newest-elsewhere", now.AddSeconds(-5), "phone-b"),
            Challenge("newer", now.AddSeconds(-10), "phone-a"),
            Challenge("answered", now.AddSeconds(-3), "phone-a"),
            Challenge("lapsed", now.AddSeconds(-90), "phone-a"),
        ]);
        state.Challenges.Find(c => c.Id == "answered")!.Resolve(ChallengeStatus.Approved, null, now, "phone-b");

        var pending = _account.Account.PendingFor("phone-a", now);

        Assert.Equal(["newer", "older"], pending.Select(p => p.ChallengeId));
    }

    [Fact]
    public void An_inbox_entry_carries_the_context_and_times_but_no_number()
    {
        _account.AddActiveDevice("phone-a");
        var challenge = _account.SignIn();

        var entry = Assert.Single(_account.Account.PendingFor("phone-a", _account.Now));

        Assert.Equal(
            new PendingChallenge(challenge.Id, TestAccount.UserId, ChallengeKind.SignIn, challenge.Context, challenge.CreatedAt, challenge.ExpiresAt),
            entry);
    }

    [Fact]
    public void A_test_challenge_is_pending_only_for_the_new_device()
    {
        _account.AddActiveDevice("phone-a");
        var test = _account.Test(_account.AddUnverifiedDevice("phone-b").Id);

        Assert.Empty(_account.Account.PendingFor("phone-a", _account.Now));
        Assert.Equal([(test.Id, ChallengeKind.EnrolmentTest)], _account.Account.PendingFor("phone-b", _account.Now).Select(p => (p.ChallengeId, p.Kind)));
    }

    private static ChallengeRecord Challenge(string id, DateTimeOffset createdAt, params string[] devices) => new()
    {
        Id = id,
        Kind = ChallengeKind.SignIn,
        CreatedAt = createdAt,
        ExpiresAt = createdAt + TimeSpan.FromSeconds(60),
        Status = ChallengeStatus.Pending,
        Deliveries = devices.Select(d => new DeliveryRecord { DeviceId = d, Channel = DeliveryChannel.None, State = DeliveryState.NoToken }).ToList(),
    };
}
