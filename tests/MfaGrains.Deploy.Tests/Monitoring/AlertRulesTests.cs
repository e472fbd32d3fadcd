using System.Text.RegularExpressions;
using MfaGrains.Deploy.Tests.Support;

namespace MfaGrains.Deploy.Tests.Monitoring;

/// <summary>deploy/prometheus/alerts.yml: the surge alerts, each with a severity, a summary and a runbook that exists.</summary>
public sealed partial class AlertRulesTests
{
    private static readonly string Operations = File.ReadAllText(RepositoryRoot.Combine("docs", "operations.md"));
    private static readonly string[] Severities = ["critical", "warning"];

    [Theory]
    [InlineData("MfaGrainsPushFailureRateHigh", "mfagrains_push_deliveries_total")]
    [InlineData("MfaGrainsAnswerLatencyP99High", "mfagrains_challenge_answer_duration_seconds_bucket")]
    [InlineData("MfaGrainsPendingBacklog", "mfagrains_challenges_pending")]
    [InlineData("MfaGrainsSiloCountDropped", "orleans_directory_ring_size")]
    [InlineData("MfaGrainsSiloDown", "up")]
    public void A_surge_alert_watches_its_series(string alert, string series)
    {
        var rule = MonitoringFiles.AlertRules.SingleOrDefault(r => r.Text("alert") == alert);

        Assert.NotNull(rule);
        Assert.Contains(series, MonitoringFiles.SeriesNames(rule.Text("expr") ?? ""));
    }

    [Fact]
    public void Every_alert_has_a_severity_a_summary_and_a_description()
    {
        Assert.All(MonitoringFiles.AlertRules, rule =>
        {
            Assert.Contains(rule.Text("labels", "severity"), Severities);
            Assert.False(string.IsNullOrWhiteSpace(rule.Text("annotations", "summary")), rule.Text("alert"));
            Assert.False(string.IsNullOrWhiteSpace(rule.Text("annotations", "description")), rule.Text("alert"));
        });
    }

    [Fact]
    public void Every_runbook_link_points_to_a_section_of_the_operations_guide()
    {
        var anchors = Heading().Matches(Operations).Select(m => Anchor(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var links = MonitoringFiles.AlertRules.SelectMany(rule => RunbookLink().Matches(rule.Text("annotations", "description") ?? "")).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Contains(link.Groups[1].Value, anchors));
    }

    [Fact]
    public void Every_series_an_alert_reads_is_explained_in_the_operations_guide()
    {
        var series = MonitoringFiles.AlertRules.SelectMany(rule => MonitoringFiles.SeriesNames(rule.Text("expr") ?? "")).Where(name => name != "up");

        Assert.All(series, name => Assert.Contains(BaseName(name), Operations, StringComparison.Ordinal));
    }

    /// <summary>A histogram's or counter's family name, as the guide names it (<c>…_seconds</c>, not <c>…_seconds_bucket</c>).</summary>
    internal static string BaseName(string series) => HistogramSuffix().Replace(series, "");

    // GitHub's rule: lower-case, drop punctuation but hyphens, spaces to hyphens.
    private static string Anchor(string heading) =>
        AnchorDrop().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    [GeneratedRegex(@"^#{2,4} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"docs/operations\.md#([a-z0-9-]+)")]
    private static partial Regex RunbookLink();

    [GeneratedRegex(@"[^a-z0-9 \-]")]
    private static partial Regex AnchorDrop();

    [GeneratedRegex(@"_(bucket|count|sum)$")]
    private static partial Regex HistogramSuffix();
}
