using System.CommandLine;

namespace MfaGrains.Load.Cli;

/// <summary>The options every load scenario takes: targets, load shape, warm-up, report folder and the runner's limits.</summary>
public sealed class RunOptions
{
    private readonly Option<IReadOnlyList<Uri>> targets = CliOptions.Targets();
    private readonly Option<int> rate = CliOptions.Positive("--rate", 10, "Open model: iterations started per second, whatever the latency");
    private readonly Option<TimeSpan> duration = CliOptions.Duration("--duration", TimeSpan.FromSeconds(30), "How long to measure");
    private readonly Option<TimeSpan> warmUp = CliOptions.Duration("--warmup", TimeSpan.FromSeconds(5), "Load before measuring, not counted in the figures (0 for none)");
    private readonly Option<TimeSpan> rampUp = CliOptions.Duration("--ramp-up", TimeSpan.Zero, "Open model: ramp from 0 to --rate over this long first (measured)");
    private readonly Option<string> model = new Option<string>("--model")
    {
        Description = "open: inject --rate per second (NBomber Inject); closed: keep --copies iterations running (KeepConstant)",
        DefaultValueFactory = _ => "open",
    }.AcceptOnlyFromAmong("open", "closed");

    private readonly Option<int> copies = CliOptions.Positive("--copies", 10, "Closed model: iterations kept running at once");
    private readonly Option<string?> output = new("--out") { Description = "Report folder (report.md, summary.csv, errors.csv, timeline.csv, latency-*.hgrm)" };
    private readonly Option<int> maxConnections = CliOptions.Positive("--max-connections", 4096, "HTTP connections per target at most");
    private readonly Option<int> maxInFlight = CliOptions.Positive("--max-in-flight", 10_000, "Open model: arrivals beyond this many running iterations fail at once (max_in_flight)");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { targets, rate, duration, warmUp, rampUp, model, copies, output, maxConnections, maxInFlight })
        {
            command.Add(option);
        }
    }

    public RunSettings Bind(ParseResult parse)
    {
        if (parse.GetValue(duration) <= TimeSpan.Zero)
        {
            throw new ArgumentException("--duration must be longer than zero.");
        }

        return new RunSettings(
            parse.GetRequiredValue(targets), parse.GetValue(rate), parse.GetValue(duration), parse.GetValue(warmUp), parse.GetValue(rampUp),
            parse.GetValue(model) == "closed", parse.GetValue(copies), parse.GetValue(output), parse.GetValue(maxConnections), parse.GetValue(maxInFlight));
    }
}
