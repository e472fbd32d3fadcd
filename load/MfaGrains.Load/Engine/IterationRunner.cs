using System.Diagnostics;
using MfaGrains.Load.Stats;

namespace MfaGrains.Load.Engine;

/// <summary>Runs single iterations of a scenario and records each end to end into the collector current when it started.</summary>
public sealed class IterationRunner(Scenario scenario, InFlight inFlight, long maxInFlight, CancellationToken stop)
{
    private long invocations;

    /// <summary>Where new iterations record: the warm-up collector, then the measured one.</summary>
    public required StatsCollector Stats { get; set; }

    /// <summary>Open model: starts an iteration now without waiting for it. Past <c>maxInFlight</c> the arrival fails at once rather than queue.</summary>
    public void Launch()
    {
        if (inFlight.Count >= maxInFlight)
        {
            Stats.EndToEnd.Record(Response.Fail(Response.NoStatus, "max_in_flight", $"{maxInFlight} iterations already running"), TimeSpan.Zero);
            return;
        }

        // Started here rather than queued with Task.Run: it runs until its first request is sent, then the rest runs on
        // the threads that see the answers, one pool hop fewer per arrival.
        _ = RunAsync();
    }

    /// <summary>Closed model: runs one iteration and returns when it ends.</summary>
    public async Task RunAsync()
    {
        inFlight.Enter();
        try
        {
            await RunOnce(Stats);
        }
        finally
        {
            inFlight.Leave();
        }
    }

    private async Task RunOnce(StatsCollector stats)
    {
        var context = new ScenarioContext(scenario.Name, Interlocked.Increment(ref invocations), stats, stop);
        var started = Stopwatch.GetTimestamp();
        Response response;
        try
        {
            response = await scenario.Run(context);
        }
        catch (StepFailedException failed)
        {
            response = failed.Response;
        }
        catch (Exception exception)
        {
            response = Response.FromException(exception);
        }

        stats.EndToEnd.Record(response, Stopwatch.GetElapsedTime(started));
    }
}
