using MfaGrains.Load.Reporting;
using MfaGrains.Load.Tests.Support;

namespace MfaGrains.Load.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("report-").FullName;

    [Fact]
    public async Task The_report_folder_has_the_html_report_beside_the_others()
    {
        var result = ReportFixture.Result("cold-surge", ["issue", "pending"], 4);

        await ReportWriter.WriteAsync(folder, [result], [new ReportNote("command", "dotnet run … cold-surge", Verbatim: true), new ReportNote("targets", "http://127.0.0.1:5080/")]);

        foreach (var file in new[] { "report.html", "report.md", "summary.csv", "errors.csv", "timeline.csv", "latency-cold-surge.hgrm" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        Assert.Contains("<h2>cold-surge</h2>", await File.ReadAllTextAsync(Path.Combine(folder, "report.html")));
        var markdown = await File.ReadAllLinesAsync(Path.Combine(folder, "report.md"));
        Assert.Contains("- command: `dotnet run … cold-surge`", markdown);
        Assert.Contains("- targets: http://127.0.0.1:5080/", markdown);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
