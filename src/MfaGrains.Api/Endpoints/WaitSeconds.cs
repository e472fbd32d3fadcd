using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Endpoints;

/// <summary>The <c>?waitSeconds=N</c> long-poll parameter: an integer from 0 to 30.</summary>
public static class WaitSeconds
{
    public const int Max = 30;

    /// <summary>The wait, or a validation problem when it is out of range.</summary>
    public static bool TryGet(int? waitSeconds, out TimeSpan wait, out IResult? problem)
    {
        wait = TimeSpan.FromSeconds(waitSeconds ?? 0);
        problem = waitSeconds is < 0 or > Max
            ? Problem.For(MfaErrorCode.ValidationFailed, $"waitSeconds must be an integer from 0 to {Max}.")
            : null;
        return problem is null;
    }
}
