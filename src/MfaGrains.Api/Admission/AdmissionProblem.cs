using MfaGrains.Api.Problems;
using Microsoft.AspNetCore.Mvc;

namespace MfaGrains.Api.Admission;

/// <summary>The 503 of a refused admission (an addition to the contract): its own problem type, no <c>code</c> (the contract's list is closed).</summary>
public static class AdmissionProblem
{
    /// <summary>The problem <c>type</c> that tells a refusal by admission control from other 503s.</summary>
    public const string Type = ProblemCatalogue.TypeBaseUri + "overloaded";

    public static ProblemResult Refused(int retryAfterSeconds) => new(
        new ProblemDetails
        {
            Type = Type,
            Title = "Overloaded",
            Status = StatusCodes.Status503ServiceUnavailable,
            Detail = "The engine is at capacity, so new sign-ins are refused for now while those under way finish. "
                + "Try again after the Retry-After delay, or offer a passcode.",
        },
        retryAfterSeconds);
}
