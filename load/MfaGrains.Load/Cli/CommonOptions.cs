using System.CommandLine;

namespace MfaGrains.Load.Cli;

/// <summary>The options every load scenario takes whatever its load shape: targets, report folder and the runner's limits.</summary>
public sealed class CommonOptions
{
    private readonly Option<IReadOnlyList<Uri>> targets = CliOptions.Targets();
    private readonly Option<string?> output = new("--out") { Description = "Report folder (report.html, report.md, summary.csv, errors.csv, timeline.csv, latency-*.hgrm)" };
    private readonly Option<int> maxConnections = CliOptions.Positive("--max-connections", 4096, "HTTP connections per target at most");
    private readonly Option<int> maxInFlight = CliOptions.Positive("--max-in-flight", 10_000, "Open model: arrivals beyond this many running iterations fail at once (max_in_flight)");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { targets, output, maxConnections, maxInFlight })
        {
            command.Add(option);
        }
    }

    public CommonSettings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(targets), parse.GetValue(output), parse.GetValue(maxConnections), parse.GetValue(maxInFlight));
}
