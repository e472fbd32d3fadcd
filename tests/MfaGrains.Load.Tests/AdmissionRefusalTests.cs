using System.Text;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Http;
using MfaGrains.Load.Reporting;
using MfaGrains.Load.Stats;
using MfaGrains.Load.Tests.Support;

namespace MfaGrains.Load.Tests;

/// <summary>The engine's admission refusals (503, problem type <c>…/problems/overloaded</c>) are reported apart from failures.</summary>
public sealed class AdmissionRefusalTests
{
    private static readonly byte[] Overloaded = Encoding.UTF8.GetBytes(
        """{"type":"https://mfagrains.dev/problems/overloaded","title":"Overloaded","status":503,"detail":"At capacity."}""");

    private static readonly byte[] ClusterUnavailable = Encoding.UTF8.GetBytes(
        """{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Try again."}""");

    [Fact]
    public void Only_the_overloaded_problem_type_reads_as_refused_by_admission()
    {
        Assert.Equal(Response.RefusedByAdmission, ApiCall.ReadProblem(Overloaded).Code);
        Assert.Null(ApiCall.ReadProblem(ClusterUnavailable).Code);
    }

    [Fact]
    public void A_refusal_is_counted_with_its_latency_and_is_neither_ok_nor_a_failure()
    {
        var step = new StepRecorder("issue", 0);
        step.Record(Response.Ok("201"), TimeSpan.FromMilliseconds(40));
        step.Record(Response.Fail("503", ApiCall.ReadProblem(Overloaded).Code!), TimeSpan.FromMilliseconds(3));
        step.Record(Response.Fail("503", ApiCall.ReadProblem(ClusterUnavailable).Code ?? "unexpected_status"), TimeSpan.FromMilliseconds(900));

        step.Drain();
        var stats = step.Snapshot(TimeSpan.FromSeconds(1));

        Assert.Equal((1, 1, 1, 3), (stats.Ok, stats.Fail, stats.Refused, stats.Count));
        Assert.Equal(3, stats.RefusedLatency!.Max, 0.1);
        Assert.Equal("unexpected_status", Assert.Single(stats.Errors).Key.Code);
    }

    [Fact]
    public void A_run_with_only_refusals_has_not_failed_and_its_report_lists_them()
    {
        var stats = new StatsCollector("signin");
        var refused = Response.Fail("503", Response.RefusedByAdmission, "Overloaded");
        stats.EndToEnd.Record(Response.Ok(), TimeSpan.FromMilliseconds(50));
        stats.EndToEnd.Record(refused, TimeSpan.FromMilliseconds(2));
        stats.Step("issue").Record(refused, TimeSpan.FromMilliseconds(2));
        stats.Tick(0);
        var (endToEnd, steps) = stats.Snapshot(TimeSpan.FromSeconds(1));
        var warmUp = new StepStats("signin", 0, 0, 0, 0, LatencySummary.Empty, LatencySummary.Empty, []);
        var result = new ScenarioResult("signin", DateTimeOffset.UnixEpoch, ReportFixture.SteadyTenPerSecond, TimeSpan.FromSeconds(1), endToEnd, steps, [], warmUp, 0, stats);

        var markdown = MarkdownReport.Render([result], []);

        Assert.False(result.Failed);
        Assert.Contains("Refused by admission control", markdown, StringComparison.Ordinal);
        Assert.Contains("| issue | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| end to end | 1 |", markdown, StringComparison.Ordinal);
    }
}
