using System.CommandLine;
using MfaGrains.Load.Engine;

namespace MfaGrains.Load.Cli;

/// <summary>The options of <c>surge</c> and <c>cold-surge</c>: the common ones, the surge's shape, the portal key and the users file.</summary>
public sealed class SurgeOptions
{
    private readonly CommonOptions common = new();
    private readonly Option<string> portalKey = CliOptions.PortalKey();
    private readonly Option<string> users = new("--users") { Description = "users.json written by the seed command", Required = true };
    private readonly Option<int> rate = CliOptions.Positive("--rate", 20, "The peak: sign-ins started per second at the height of the surge");
    private readonly Option<int?> nightRate = CliOptions.Validated(
        new Option<int?>("--night-rate") { Description = "Sign-ins per second before and after the surge (default: a tenth of --rate, at least 1)" },
        value => value >= 0, "must not be negative");

    private readonly Option<TimeSpan> night = CliOptions.Duration("--night", TimeSpan.FromSeconds(10), "The quiet night at --night-rate before the ramp");
    private readonly Option<TimeSpan> rampUp = CliOptions.Duration("--ramp-up", TimeSpan.FromSeconds(30), "The ramp from --night-rate to --rate");
    private readonly Option<TimeSpan> hold = CliOptions.Duration("--hold", TimeSpan.FromSeconds(60), "How long the peak holds");
    private readonly Option<TimeSpan> rampDown = CliOptions.Duration("--ramp-down", TimeSpan.FromSeconds(30), "The ramp from --rate back to --night-rate");

    public void AddTo(Command command)
    {
        common.AddTo(command);
        foreach (var option in new Option[] { portalKey, users, rate, nightRate, night, rampUp, hold, rampDown })
        {
            command.Add(option);
        }
    }

    public SurgeSettings Bind(ParseResult parse)
    {
        var peak = parse.GetValue(rate);
        var quiet = parse.GetValue(nightRate) ?? Math.Max(1, peak / 10);
        if (quiet > peak)
        {
            throw new ArgumentException($"--night-rate ({quiet}) must not exceed --rate ({peak}).");
        }

        if (parse.GetValue(night) + parse.GetValue(rampUp) + parse.GetValue(hold) + parse.GetValue(rampDown) <= TimeSpan.Zero)
        {
            throw new ArgumentException("--night, --ramp-up, --hold and --ramp-down add up to nothing; give at least one a length.");
        }

        var plan = new SurgePlan(quiet, peak, parse.GetValue(night), parse.GetValue(rampUp), parse.GetValue(hold), parse.GetValue(rampDown));
        return new SurgeSettings(common.Bind(parse), plan, parse.GetRequiredValue(portalKey), parse.GetRequiredValue(users));
    }
}
