using MfaGrains.Load.Engine;
using MfaGrains.Load.Stats;
using Spectre.Console;

namespace MfaGrains.Load.Reporting;

/// <summary>The live view: one line a second with throughput, end-to-end latency, failures and iterations in flight.</summary>
public sealed class LiveConsole : IRunObserver
{
    /// <summary>Redirected to a file or a CI log, Spectre assumes 80 columns and wraps every line; a log has no width.</summary>
    public static void FitRedirectedOutput()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }
    }

    public void Log(string message) => AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {message}");

    public void OnTick(string scenario, string phase, TimelinePoint point)
    {
        var endToEnd = point.EndToEnd;
        var seconds = Math.Max(point.Length.TotalSeconds, 1e-9);
        var failColour = endToEnd.Fail > 0 ? "red" : "green";
        AnsiConsole.MarkupLineInterpolated(
            $"[grey]{DateTime.Now:HH:mm:ss}[/] {scenario} [blue]{phase,-7}[/] {point.At.TotalSeconds,4:0}s  rps {Format.Rate((endToEnd.Ok + endToEnd.Fail) / seconds),6}  ok {endToEnd.Ok,5}  [{failColour}]fail {endToEnd.Fail,4}[/]  ms p50 {Format.Ms(endToEnd.Latency.P50),7} p99 {Format.Ms(endToEnd.Latency.P99),7} max {Format.Ms(endToEnd.Latency.Max),7}  in flight {point.InFlight}");
    }
}
