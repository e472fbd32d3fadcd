using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Problems;

/// <summary>Problems for error statuses that reached the client without a body (unmatched routes, framework refusals).</summary>
public static class StatusCodeProblems
{
    /// <summary>The problem that replaces an empty response with <paramref name="status"/>.</summary>
    public static ProblemResult For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => Problem.For(MfaErrorCode.ValidationFailed),
        StatusCodes.Status401Unauthorized => Problem.For(MfaErrorCode.Unauthenticated),
        StatusCodes.Status404NotFound => Problem.For(MfaErrorCode.NotFound),

        // The code list is closed and has no method_not_allowed. The status stays 405 (routing has set
        // Allow, and clients should see HTTP's own answer); the code is not_found because, to the
        // integrator, "this route has no such operation" is a missing resource, not bad input.
        StatusCodes.Status405MethodNotAllowed => Problem.For(
            MfaErrorCode.NotFound, "This route does not support the request's method.", status: status),
        StatusCodes.Status413PayloadTooLarge => Problem.For(MfaErrorCode.PayloadTooLarge),
        StatusCodes.Status415UnsupportedMediaType => Problem.For(MfaErrorCode.UnsupportedMediaType),

        // Other client errors (406, 411, 431 …) are a malformed request; keep HTTP's status.
        >= 400 and < 500 => Problem.For(
            MfaErrorCode.ValidationFailed, "The request could not be accepted as sent.", status: status),
        _ => Problem.Unexpected(),
    };
}
