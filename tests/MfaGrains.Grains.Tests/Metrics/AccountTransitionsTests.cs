using System.Diagnostics.Metrics;
using MfaGrains.Grains.Metrics;
using MfaGrains.Grains.Tests.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace MfaGrains.Grains.Tests.Metrics;

/// <summary>Each transition of an account is counted once, with closed label sets, however often the grain looks or reloads.</summary>
public sealed class AccountTransitionsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly TestAccount _account = new();
    private readonly MfaGrainsMetrics _metrics;
    private readonly MetricCollector<long> _issued;
    private readonly MetricCollector<long> _resolved;
    private readonly MetricCollector<double> _answerTimes;
    private readonly MetricCollector<long> _enrolments;
    private readonly MetricCollector<long> _locks;
    private readonly MetricCollector<long> _unseen;

    public AccountTransitionsTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _metrics = new MfaGrainsMetrics(meters);
        _issued = Collect<long>(meters, "mfagrains.challenges.issued");
        _resolved = Collect<long>(meters, "mfagrains.challenges.resolved");
        _answerTimes = Collect<double>(meters, "mfagrains.challenge.answer.duration");
        _enrolments = Collect<long>(meters, "mfagrains.enrolment.transitions");
        _locks = Collect<long>(meters, "mfagrains.locks.started");
        _unseen = Collect<long>(meters, "mfagrains.challenges.expired_unseen");
    }

    [Fact]
    public void An_enrolment_and_its_test_count_each_step_once()
    {
        var transitions = Seeded();
        var enrolment = _account.StartEnrolment(out var code);
        transitions.Count(_account.State);
        _account.Activate(enrolment.Id, code, "phone-a");
        transitions.Count(_account.State);
        var test = _account.Test(enrolment.Id);
        transitions.Count(_account.State);
        _account.Advance(TimeSpan.FromSeconds(4));
        _account.Approve("phone-a", test);
        transitions.Count(_account.State);
        transitions.Count(_account.State);

        Assert.Equal(["awaiting_activation", "awaiting_verification", "completed"], _enrolments.GetMeasurementSnapshot().Select(m => Tag(m, "status")));
        var issued = Assert.Single(_issued.GetMeasurementSnapshot());
        Assert.Equal("enrolment_test", Tag(issued, "kind"));
        var resolved = Assert.Single(_resolved.GetMeasurementSnapshot());
        Assert.Equal(("enrolment_test", "approved", "none"), (Tag(resolved, "kind"), Tag(resolved, "status"), Tag(resolved, "reason")));
        var answerTime = Assert.Single(_answerTimes.GetMeasurementSnapshot());
        Assert.Equal(4, answerTime.Value);
        Assert.Equal("approved", Tag(answerTime, "status"));
    }

    [Fact]
    public void Side_effect_resolutions_are_counted_with_their_reason_and_without_an_answer_time()
    {
        _account.AddActiveDevice("phone-a");
        var transitions = Seeded();
        _account.SignIn();
        _account.SignIn();
        transitions.Count(_account.State);

        Assert.Equal(2, _issued.GetMeasurementSnapshot().Count);
        var superseded = Assert.Single(_resolved.GetMeasurementSnapshot());
        Assert.Equal(("sign_in", "cancelled", "superseded"), (Tag(superseded, "kind"), Tag(superseded, "status"), Tag(superseded, "reason")));
        Assert.Empty(_answerTimes.GetMeasurementSnapshot());
    }

    [Fact]
    public void An_expiry_counted_before_a_reload_is_not_counted_again_after_it()
    {
        _account.AddActiveDevice("phone-a");
        var first = Seeded();
        var challenge = _account.SignIn();
        first.Count(_account.State);
        _account.Advance(_account.Policy.Challenges.Lifetime + TimeSpan.FromSeconds(1));
        _account.Settle();
        first.Count(_account.State);

        // The store still holds the challenge as pending (expiry is settled in memory); a new activation loads that.
        (challenge.Status, challenge.Reason, challenge.ResolvedAt) = (ChallengeStatus.Pending, null, null);
        var reloaded = Seeded();
        _account.Settle();
        reloaded.Count(_account.State);

        var expired = Assert.Single(_resolved.GetMeasurementSnapshot());
        Assert.Equal(("expired", "timed_out"), (Tag(expired, "status"), Tag(expired, "reason")));
    }

    [Fact]
    public void A_lock_is_counted_when_it_starts_not_while_it_lasts()
    {
        _account.AddActiveDevice("phone-a");
        var transitions = Seeded();
        _account.Report("phone-a", _account.SignIn());
        transitions.Count(_account.State);
        _account.Advance(TimeSpan.FromMinutes(1));
        transitions.Count(_account.State);
        Seeded().Count(_account.State);

        var started = Assert.Single(_locks.GetMeasurementSnapshot());
        Assert.Equal("push_lock", Tag(started, "lock"));
    }

    [Fact]
    public void Only_an_expiry_nobody_could_see_is_counted_as_unseen()
    {
        _account.AddActiveDevice("phone-a");
        var transitions = Seeded();
        var unseen = _account.SignIn();
        _account.AdvanceTo(unseen.ExpiresAt);
        var fetched = _account.Fetch("phone-a", _account.SignIn());
        _account.AdvanceTo(fetched.ExpiresAt);
        _account.Settle();
        transitions.Count(_account.State);

        Assert.Equal(2, _resolved.GetMeasurementSnapshot().Count(m => Tag(m, "status") == "expired"));
        var counted = Assert.Single(_unseen.GetMeasurementSnapshot());
        Assert.Equal("sign_in", Tag(counted, "kind"));
    }

    public void Dispose()
    {
        _unseen.Dispose();
        _issued.Dispose();
        _resolved.Dispose();
        _answerTimes.Dispose();
        _enrolments.Dispose();
        _locks.Dispose();
        _services.Dispose();
    }

    private AccountTransitions Seeded()
    {
        var transitions = new AccountTransitions(_metrics);
        transitions.Seed(_account.State, _account.Now);
        return transitions;
    }

    private static MetricCollector<T> Collect<T>(IMeterFactory meters, string instrument)
        where T : struct => new(meters, MfaGrainsMetrics.MeterName, instrument);

    private static string? Tag<T>(CollectedMeasurement<T> measurement, string name)
        where T : struct => measurement.Tags.TryGetValue(name, out var value) ? value as string : null;
}
