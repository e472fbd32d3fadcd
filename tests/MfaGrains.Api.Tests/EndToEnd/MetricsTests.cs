using System.Net;
using System.Text.RegularExpressions;
using MfaGrains.Push.Sending;
using MfaGrains.Push.Tests.Dispatch;
using static MfaGrains.Api.Tests.EndToEnd.Enrolments;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// <c>/metrics</c> over HTTP after a person enrols and signs in: the engine's <c>mfagrains_*</c> series with their labels,
/// Orleans', ASP.NET Core's and the runtime's beside them, and no identifier, number or code in any label.
/// </summary>
public sealed partial class MetricsTests(MetricsEngineFixture engine) : IClassFixture<MetricsEngineFixture>
{
    private readonly TestPortal _portal = engine.Portal;

    [Fact]
    public async Task An_enrolment_and_a_sign_in_show_up_as_mfagrains_series_without_identifiers_in_labels()
    {
        var userId = EngineFixture.NewUserId();
        var pushToken = "fcm-" + Guid.NewGuid().ToString("N");
        using var phone = engine.NewPhone();
        var enrolment = await _portal.CreateEnrolment(userId);
        await TestPortal.Expect(HttpStatusCode.Created, await phone.Activate(Id(enrolment, "activationCode"), "android", pushToken));
        var test = await _portal.CreateTestChallenge(userId, Id(enrolment, "enrolmentId"));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(test, "challengeId"), "approve", Id(test, "number")));
        var signIn = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(signIn, "challengeId"), "approve", Id(signIn, "number")));
        await TestPortal.Expect(HttpStatusCode.OK, await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/passcodes/verify", """{"code":"000000"}"""));

        var scrape = await Eventually.Until(
            () => PrometheusScrape.FetchAsync(engine.Http),
            s => s.Sum("mfagrains_push_deliveries_total", ("provider", "fcm"), ("outcome", "sent"), ("error", "none")) >= 2,
            "both pushes in mfagrains_push_deliveries_total");

        Assert.True(scrape.Sum("mfagrains_challenges_issued_total", ("kind", "sign_in")) >= 1);
        Assert.True(scrape.Sum("mfagrains_challenges_issued_total", ("kind", "enrolment_test")) >= 1);
        Assert.True(scrape.Sum("mfagrains_challenges_resolved_total", ("kind", "sign_in"), ("status", "approved"), ("reason", "none")) >= 1);
        Assert.True(scrape.Sum("mfagrains_challenge_answer_duration_seconds_count", ("kind", "sign_in"), ("status", "approved")) >= 1);
        Assert.Contains(scrape.Named("mfagrains_challenge_answer_duration_seconds_bucket"), s => s.Has(("kind", "sign_in"), ("le", "+Inf")));
        Assert.NotEmpty(scrape.Named("mfagrains_challenges_pending"));
        Assert.All(["awaiting_activation", "awaiting_verification", "completed"], status =>
            Assert.True(scrape.Sum("mfagrains_enrolment_transitions_total", ("status", status)) >= 1, status));
        Assert.True(scrape.Sum("mfagrains_device_activations_total", ("outcome", "activated")) >= 1);
        Assert.True(scrape.Sum("mfagrains_passcode_verifications_total", ("method", "none"), ("outcome", "refused")) >= 1);
        Assert.NotEmpty(scrape.Named("mfagrains_push_queued"));

        string[] identifiers = [userId, userId.ToLowerInvariant(), phone.DeviceId, pushToken, Id(enrolment, "enrolmentId"),
            Id(enrolment, "activationCode"), Id(test, "challengeId"), Id(signIn, "challengeId")];
        Assert.All(identifiers, id => Assert.DoesNotContain(id, scrape.Text, StringComparison.OrdinalIgnoreCase));
        // A histogram's "le" is its fixed bucket bound (le="30" is 30 s, not a number anyone was shown), so it is left out.
        string[] secrets = [.. identifiers, Id(test, "number"), Id(signIn, "number"), "000000"];
        Assert.All(scrape.Samples, sample => Assert.All(sample.Labels.Where(label => label.Key != "le"), label =>
            Assert.False(secrets.Contains(label.Value), $"{sample.Name} has {label.Key}=\"{label.Value}\", an identifier, number or code.")));
    }

    [Fact]
    public async Task Orleans_aspnetcore_and_runtime_instruments_are_exported_beside_the_engines()
    {
        using var ready = await engine.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        // ASP.NET Core records a request's duration as the request ends, which may be just after the client has the answer.
        var scrape = await Eventually.Until(
            () => PrometheusScrape.FetchAsync(engine.Http),
            s => s.Sum("http_server_request_duration_seconds_count", ("http_route", "/health/ready")) >= 1,
            "the /health/ready request in http_server_request_duration_seconds");

        Assert.Contains(scrape.Samples, s => s.Name.StartsWith("orleans_", StringComparison.Ordinal));
        Assert.True(scrape.Sum("orleans_directory_ring_size") >= 1, "The silo counts itself among the active silos.");
        Assert.Contains(scrape.Samples, s => s.Name.StartsWith("dotnet_gc_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_engine_in_the_same_process_stopping_leaves_this_engines_series_counting()
    {
        static double Started(PrometheusScrape scrape) =>
            scrape.Sum("mfagrains_enrolment_transitions_total", ("status", "awaiting_activation"));
        var before = Started(await PrometheusScrape.FetchAsync(engine.Http));
        var other = new EngineHost();
        await other.StartAsync();
        using (var otherHttp = other.CreateClient())
        {
            await new TestPortal(otherHttp).CreateEnrolment(EngineFixture.NewUserId());
        }

        await other.DisposeAsync();

        await _portal.CreateEnrolment(EngineFixture.NewUserId());
        var scrape = await Eventually.Until(
            () => PrometheusScrape.FetchAsync(engine.Http), s => Started(s) >= before + 1, "this engine's enrolment after the other engine stopped");
        Assert.Equal(before + 1, Started(scrape));
    }

    [Fact]
    public async Task The_alerts_and_the_dashboards_read_only_series_the_engine_exports()
    {
        // Every kind of event the alerts and dashboards chart: a push retried once, an enrolment, a reported sign-in (a lock),
        // a refused passcode.
        var userId = EngineFixture.NewUserId();
        var pushToken = "fcm-" + Guid.NewGuid().ToString("N");
        engine.Fcm.Script(pushToken, ScriptedSender.Answer(PushOutcome.Retryable, "UNAVAILABLE"));
        using var phone = engine.NewPhone();
        await EnrolActive(_portal, phone, userId, "android", pushToken);
        var signIn = await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(userId));
        await TestPortal.Expect(HttpStatusCode.OK, await phone.Answer(Id(signIn, "challengeId"), "report"));
        await TestPortal.Expect(HttpStatusCode.OK, await _portal.Send(HttpMethod.Post, TestPortal.Users(userId) + "/passcodes/verify", """{"code":"000000"}"""));

        // A sign-in expiring unseen (a pull-only phone that never polls; recorded with the next sign-in), and a pre-warm.
        var idleUser = EngineFixture.NewUserId();
        using var idlePhone = engine.NewPhone();
        await EnrolActive(_portal, idlePhone, idleUser);
        await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(idleUser));
        engine.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        await TestPortal.Expect(HttpStatusCode.Created, await _portal.CreateChallenge(idleUser));
        var roster = $$"""{"userIds":["{{idleUser}}","{{EngineFixture.NewUserId()}}"],"spreadSeconds":0}""";
        await TestPortal.Expect(HttpStatusCode.Accepted, await _portal.Send(HttpMethod.Post, "/v1/prewarm", roster));

        var scrape = await Eventually.Until(
            () => PrometheusScrape.FetchAsync(engine.Http),
            s => s.Sum("mfagrains_push_retries_total", ("provider", "fcm")) >= 1 && s.Sum("mfagrains_prewarm_users_total") >= 2,
            "a push retry and a pre-warm");

        Assert.True(scrape.Sum("mfagrains_locks_started_total", ("lock", "push_lock")) >= 1);
        Assert.True(scrape.Sum("mfagrains_challenges_resolved_total", ("kind", "sign_in"), ("status", "denied"), ("reason", "reported_fraud")) >= 1);
        var charted = MonitoringSeries().ToList();
        Assert.Contains("mfagrains_challenges_pending", charted);
        Assert.All(charted, name => Assert.True(scrape.Named(name).Any(), $"{name} is charted or alerted on, but the engine does not export it."));
    }

    /// <summary>The series read by deploy/prometheus/alerts.yml and deploy/grafana/dashboards, but Prometheus' own <c>up</c>.</summary>
    private static IEnumerable<string> MonitoringSeries()
    {
        var files = Directory.GetFiles(RepositoryRoot.Combine("deploy", "grafana", "dashboards"), "*.json")
            .Append(RepositoryRoot.Combine("deploy", "prometheus", "alerts.yml"));
        return files.SelectMany(file => SeriesName().Matches(File.ReadAllText(file))).Select(match => match.Value).Distinct(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b(mfagrains|orleans|http_server|dotnet|kestrel)_[a-z0-9_]+\b")]
    private static partial Regex SeriesName();
}
