using System.Diagnostics;

namespace MfaGrains.Load.Engine;

/// <summary>A named, timed part of an iteration (NBomber's <c>Step.Run</c>): its latency and outcome go to that step's statistics.</summary>
public static class Step
{
    /// <summary>Runs and times the step; returns its payload, or ends the iteration when it fails.</summary>
    public static async Task<T> Run<T>(string name, ScenarioContext context, Func<Task<Response<T>>> run)
    {
        var response = await Time(name, context, async () => await run());
        return ((Response<T>)response).Payload!;
    }

    /// <summary>Runs and times a step that hands nothing on.</summary>
    public static Task Run(string name, ScenarioContext context, Func<Task<Response>> run) => Time(name, context, run);

    private static async Task<Response> Time(string name, ScenarioContext context, Func<Task<Response>> run)
    {
        var started = Stopwatch.GetTimestamp();
        Response response;
        try
        {
            response = await run();
        }
        catch (Exception exception) when (exception is not StepFailedException)
        {
            response = Response.FromException(exception);
        }

        context.Stats.Step(name).Record(response, Stopwatch.GetElapsedTime(started));
        return response.IsOk ? response : throw new StepFailedException(name, response);
    }
}
