using System.Xml.Linq;
using MfaGrains.Load.Cli;
using MfaGrains.Load.Engine;
using MfaGrains.Load.Reporting;
using MfaGrains.Load.Reporting.Html;
using MfaGrains.Load.Tests.Support;

namespace MfaGrains.Load.Tests;

public sealed class HtmlReportTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'quoted' </td>";

    private static readonly string[] Steps = ["issue", "pending", "answer", "outcome"];

    [Fact]
    public void The_page_is_well_formed_and_hostile_text_stays_text()
    {
        var result = ReportFixture.Result(Hostile, Steps, 12, errorExample: Hostile);

        var page = XDocument.Parse(HtmlReport.Render([result], [new ReportNote("command", Hostile, Verbatim: true)]));

        Assert.Empty(page.Descendants("script"));
        Assert.Equal(Hostile, page.Descendants("h2").Single().Value);
        Assert.Equal(Hostile, page.Descendants("code").First().Value);
        Assert.Contains(page.Descendants("td"), cell => cell.Value == Hostile);
    }

    [Fact]
    public void The_page_fetches_nothing()
    {
        var result = ReportFixture.Result("signin", Steps, 12);
        var notes = new[] { new ReportNote("targets", "http://127.0.0.1:5080/, https://mfa.example/") };

        var html = HtmlReport.Render([result], notes);
        var page = XDocument.Parse(html);

        Assert.DoesNotContain(page.Descendants(), element => element.Name.LocalName is "script" or "link" or "img" or "iframe" or "object" or "image");
        Assert.DoesNotContain(page.Descendants().Attributes(), attribute => attribute.Value.Contains("://", StringComparison.Ordinal));
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_header_carries_the_command_with_the_portal_key_blanked()
    {
        var result = ReportFixture.Result("surge", Steps, 3);
        var args = new[] { "surge", "--target", "http://127.0.0.1:5080", "--portal-key", "s3cret-key", "--rate", "30" };
        var notes = ReportNotes.For(new CommonSettings([new Uri("http://127.0.0.1:5080")], null, 10, 10), args);

        var html = HtmlReport.Render([result], notes);

        Assert.DoesNotContain("s3cret-key", html);
        Assert.Contains("surge --target http://127.0.0.1:5080 --portal-key *** --rate 30", html);
    }

    [Fact]
    public void Summary_and_errors_list_end_to_end_and_every_step()
    {
        var result = ReportFixture.Result("signin", Steps, 12);

        var page = XDocument.Parse(HtmlReport.Render([result], []));

        var rows = page.Descendants("table").Single(table => (string?)table.Attribute("class") == "summary").Descendants("tbody").Single().Elements("tr").ToList();
        Assert.Equal(["end to end", .. Steps], rows.Select(row => row.Elements("td").First().Value));
        Assert.Equal(["201", "200", "1"], rows[0].Elements("td").Skip(1).Take(3).Select(cell => cell.Value));
        var errors = page.Descendants("table").Single(table => (string?)table.Attribute("class") == "errors").Descendants("tbody").Single().Elements("tr").ToList();
        Assert.Equal(["signin", "429", "too_many_challenges", "1"], errors[0].Elements("td").Take(4).Select(cell => cell.Value));
        Assert.Equal(["issue", "429", "too_many_challenges", "1"], errors[1].Elements("td").Take(4).Select(cell => cell.Value));
    }

    [Fact]
    public void Each_time_series_has_a_point_for_every_second_of_the_timeline()
    {
        var result = ReportFixture.Result("signin", Steps, 17);

        var page = XDocument.Parse(HtmlReport.Render([result], []));

        var throughput = Chart(page, "s1-throughput");
        Assert.Equal(["ok / s", "failed / s", "target arrivals / s"], SeriesNames(throughput));
        Assert.All(Series(throughput), series => Assert.Equal(17, PointCount(series)));

        var latency = Chart(page, "s1-latency");
        Assert.Equal(["end to end p50", "end to end p99", "end to end max", .. Steps.Select(step => step + " p99")], SeriesNames(latency));
        Assert.All(Series(latency), series => Assert.Equal(17, PointCount(series)));
    }

    [Fact]
    public void A_second_without_an_ok_iteration_breaks_the_latency_line_instead_of_dropping_to_zero()
    {
        var result = ReportFixture.Result("signin", Steps, 9, silentSecond: 5);

        var p50 = Series(Chart(XDocument.Parse(HtmlReport.Render([result], [])), "s1-latency")).First();

        Assert.Equal(2, p50.Elements("polyline").Count());
        Assert.Equal(8, PointCount(p50));
    }

    [Fact]
    public void The_throughput_plot_has_no_target_line_for_a_closed_model()
    {
        var result = ReportFixture.Result("signin", Steps, 5, phases: [new ClosedPhase(4, TimeSpan.FromSeconds(5))]);

        var throughput = Chart(XDocument.Parse(HtmlReport.Render([result], [])), "s1-throughput");

        Assert.Equal(["ok / s", "failed / s"], SeriesNames(throughput));
    }

    [Fact]
    public void The_distribution_plot_has_end_to_end_and_each_step_on_the_nines_scale()
    {
        var result = ReportFixture.Result("signin", Steps, 5);

        var distribution = Chart(XDocument.Parse(HtmlReport.Render([result], [])), "s1-distribution");

        Assert.Equal(["end to end", .. Steps], SeriesNames(distribution));
        Assert.All(Series(distribution), series => Assert.True(PointCount(series) > 20));
        var ticks = distribution.Descendants("text").Where(text => (string?)text.Attribute("class") == "tick").Select(text => text.Value).ToList();
        Assert.Contains("0%", ticks);
        Assert.Contains("90%", ticks);
        Assert.Contains("99%", ticks);
        Assert.Contains("99.9%", ticks);
    }

    private static XElement Chart(XDocument page, string id) =>
        page.Descendants("svg").Single(svg => (string?)svg.Attribute("id") == id);

    /// <summary>A chart's series in legend order (the renderer draws them last first, so the first stays on top).</summary>
    private static List<XElement> Series(XElement chart) =>
        [.. chart.Descendants("g").Where(group => (string?)group.Attribute("class") == "series").Reverse()];

    private static List<string> SeriesNames(XElement chart) => [.. Series(chart).Select(series => (string)series.Attribute("data-name")!)];

    /// <summary>Points drawn for one series: the vertices of its polylines and its lone dots.</summary>
    private static int PointCount(XElement series) =>
        series.Elements("polyline").Sum(line => ((string)line.Attribute("points")!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
        + series.Elements("circle").Count();
}
