using System.CommandLine;

namespace MfaGrains.Load.Cli;

/// <summary>The options of the steady scenarios: the common ones, then the load shape (rate or copies, duration, ramp) and warm-up.</summary>
public sealed class RunOptions
{
    private readonly CommonOptions common = new();
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

    public void AddTo(Command command)
    {
        common.AddTo(command);
        foreach (var option in new Option[] { rate, duration, warmUp, rampUp, model, copies })
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
            common.Bind(parse), parse.GetValue(rate), parse.GetValue(duration), parse.GetValue(warmUp), parse.GetValue(rampUp),
            parse.GetValue(model) == "closed", parse.GetValue(copies));
    }
}
