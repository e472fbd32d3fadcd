using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MfaGrains.Grains.Metrics;

/// <summary>
/// The engine's own instruments on the <see cref="MeterName"/> meter, one intention-revealing method per event. Names
/// follow OpenTelemetry's conventions, so the Prometheus exporter shows them as <c>mfagrains_…</c> with the unit and
/// <c>_total</c> appended; label values come from <see cref="MetricLabels"/> and never hold an identifier, number or code.
/// </summary>
public sealed class MfaGrainsMetrics
{
    /// <summary>The meter every MfaGrains instrument belongs to; hosts export it by this name.</summary>
    public const string MeterName = "MfaGrains";

    // Seconds from issue to a phone's answer: people answer in a few seconds, a challenge lives 60 s by default (10 min at most).
    private static readonly double[] AnswerBuckets = [0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 45, 60, 90, 120, 300, 600];

    private readonly Counter<long> _challengesIssued;
    private readonly Counter<long> _challengesResolved;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _enrolmentTransitions;
    private readonly Counter<long> _passcodeVerifications;
    private readonly Counter<long> _locksStarted;
    private readonly Counter<long> _expiredUnseen;

    public MfaGrainsMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _challengesIssued = meter.CreateCounter<long>("mfagrains.challenges.issued", "{challenge}", "Challenges issued, by kind.");
        _challengesResolved = meter.CreateCounter<long>(
            "mfagrains.challenges.resolved", "{challenge}", "Challenges that reached a final status, by kind, status and reason.");
        _answerDuration = meter.CreateHistogram(
            "mfagrains.challenge.answer.duration", "s", "Time from issuing a challenge to a phone's answer, by kind and status.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = AnswerBuckets });
        _enrolmentTransitions = meter.CreateCounter<long>(
            "mfagrains.enrolment.transitions", "{enrolment}", "Enrolments entering a status (awaiting_activation when started).");
        _passcodeVerifications = meter.CreateCounter<long>(
            "mfagrains.passcode.verifications", "{verification}", "Passcode verifications, by the method that accepted the code and the outcome.");
        _locksStarted = meter.CreateCounter<long>("mfagrains.locks.started", "{lock}", "Accounts falling into a lock, by lock.");
        _expiredUnseen = meter.CreateCounter<long>(
            "mfagrains.challenges.expired_unseen", "{challenge}", "Challenges that expired with no push delivered and no phone fetching them, by kind.");
    }

    public void ChallengeIssued(ChallengeKind kind) => _challengesIssued.Add(1, new KeyValuePair<string, object?>("kind", MetricLabels.Of(kind)));

    /// <param name="kind">What the challenge was for.</param>
    /// <param name="status">Its final status.</param>
    /// <param name="reason">Why it was denied, expired or cancelled; null when approved.</param>
    /// <param name="answeredAfter">Time from issue to the phone's answer, when a phone answered it.</param>
    public void ChallengeResolved(ChallengeKind kind, ChallengeStatus status, ChallengeReason? reason, TimeSpan? answeredAfter)
    {
        var tags = new TagList { { "kind", MetricLabels.Of(kind) }, { "status", MetricLabels.Of(status) } };
        if (answeredAfter is { } duration)
        {
            _answerDuration.Record(Math.Max(0, duration.TotalSeconds), tags);
        }

        tags.Add("reason", MetricLabels.Of(reason));
        _challengesResolved.Add(1, tags);
    }

    public void EnrolmentEntered(EnrolmentStatus status) =>
        _enrolmentTransitions.Add(1, new KeyValuePair<string, object?>("status", MetricLabels.Of(status)));

    /// <param name="method">The method whose code was accepted; null when none was.</param>
    /// <param name="outcome">How the verification ended.</param>
    public void PasscodeChecked(PasscodeMethod? method, PasscodeOutcome outcome) =>
        _passcodeVerifications.Add(1, new TagList { { "method", MetricLabels.Of(method) }, { "outcome", MetricLabels.Of(outcome) } });

    /// <summary>A challenge expired unseen: a push outage (or no token) and no phone polling; it is left out of the cool-down.</summary>
    public void ChallengeExpiredUnseen(ChallengeKind kind) => _expiredUnseen.Add(1, new KeyValuePair<string, object?>("kind", MetricLabels.Of(kind)));

    public void LockStarted(AccountLock kind) => _locksStarted.Add(1, new KeyValuePair<string, object?>("lock", MetricLabels.Of(kind)));
}
