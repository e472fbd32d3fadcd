namespace MfaGrains.Load.Engine;

/// <summary>Ends an iteration at its first failed step, as NBomber does; the runner records the step's response as the iteration's.</summary>
public sealed class StepFailedException(string stepName, Response response)
    : Exception($"Step '{stepName}' failed: {response.StatusCode} {response.Code} {response.Message}")
{
    public string StepName { get; } = stepName;

    public Response Response { get; } = response;
}
