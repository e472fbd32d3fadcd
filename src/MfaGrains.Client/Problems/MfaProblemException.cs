using System.Net;

namespace MfaGrains.Client;

/// <summary>The engine refused a request: its HTTP status, its problem <see cref="Code"/> and, where the engine set one, when to try again.</summary>
public sealed class MfaProblemException : Exception
{
    /// <summary>A refusal with the problem the engine sent (or one made from the status when the body was not a problem).</summary>
    public MfaProblemException(HttpStatusCode statusCode, MfaProblem problem, TimeSpan? retryAfter)
        : base(Describe(statusCode, problem))
    {
        StatusCode = statusCode;
        Problem = problem;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The RFC 9457 body.</summary>
    public MfaProblem Problem { get; }

    /// <summary>The problem's <c>code</c> (one of <see cref="MfaErrorCodes"/>), or null when the answer carried none.</summary>
    public string? Code => Problem.Code;

    /// <summary>The <c>Retry-After</c> delay (on 429 <c>too_many_*</c>, 423 <c>locked</c> of passcodes, 503), or null when none was sent.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Describe(HttpStatusCode status, MfaProblem problem) =>
        $"{(int)status} {problem.Code ?? "(no code)"}: {problem.Title}{(problem.Detail is null ? "" : " — " + problem.Detail)}";
}
