using System.Text.Json;
using MfaGrains.Contracts.Errors;
using Microsoft.AspNetCore.Mvc;

namespace MfaGrains.Api.Problems;

/// <summary>Builds the problem responses of the contract from error codes and grain failures.</summary>
public static class Problem
{
    /// <summary>The problem for <paramref name="code"/>, with the catalogue's status, title and type.</summary>
    /// <param name="code">The contract error code.</param>
    /// <param name="detail">What went wrong this time; the catalogue's default when null. Never a secret.</param>
    /// <param name="retryAfter">When set, sent as <c>Retry-After</c> rounded up to whole seconds, at least 1.</param>
    /// <param name="extensions">Extra members written beside <c>code</c>.</param>
    /// <param name="status">Overrides the catalogue status, for the rare answer (such as 405) that shares a code.</param>
    public static ProblemResult For(
        MfaErrorCode code,
        string? detail = null,
        TimeSpan? retryAfter = null,
        IEnumerable<KeyValuePair<string, object?>>? extensions = null,
        int? status = null)
    {
        var definition = ProblemCatalogue.Get(code);
        var details = new ProblemDetails
        {
            Type = definition.Type,
            Title = definition.Title,
            Status = status ?? definition.Status,
            Detail = detail ?? definition.DefaultDetail,
        };
        details.Extensions["code"] = definition.WireCode;
        foreach (var (name, value) in extensions ?? [])
        {
            details.Extensions[name] = value;
        }

        return new ProblemResult(details, retryAfter is { } delay ? RetryAfterSeconds(delay) : null);
    }

    /// <summary>The problem answering a grain's refusal: its code, detail, <c>Retry-After</c>, and for
    /// challenge_not_pending the <c>challengeStatus</c> and <c>reason</c> members.</summary>
    public static ProblemResult From(MfaFailure failure, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var extensions = new List<KeyValuePair<string, object?>>();
        if (failure.Code == MfaErrorCode.ChallengeNotPending)
        {
            if (failure.ChallengeStatus is { } challengeStatus)
            {
                extensions.Add(new("challengeStatus", WireName(challengeStatus)));
            }

            if (failure.ChallengeReason is { } reason)
            {
                extensions.Add(new("reason", WireName(reason)));
            }
        }

        return For(failure.Code, failure.Detail, failure.RetryAt - now, extensions);
    }

    /// <summary>The 500 answered for a fault of ours: a generic title, no code, nothing about the cause.</summary>
    public static ProblemResult Unexpected() => Fault(
        StatusCodes.Status500InternalServerError, "Internal Server Error",
        "The server could not complete the request. The fault has been logged.", retryAfterSeconds: null);

    /// <summary>The 503 answered when the cluster could not serve the request for now: no code, nothing about the cause.</summary>
    public static ProblemResult Unavailable() => Fault(
        StatusCodes.Status503ServiceUnavailable, "Service Unavailable",
        "The engine could not complete the request just now. Try again after the Retry-After delay.", UnavailableProblems.RetryAfterSeconds);

    /// <summary>Whole seconds for <c>Retry-After</c>: rounded up so a client never retries early, and at least 1.</summary>
    public static int RetryAfterSeconds(TimeSpan delay) =>
        (int)Math.Clamp(Math.Ceiling(delay.TotalSeconds), 1, int.MaxValue);

    // A fault has no code (the contract's list is closed) and says nothing of its cause.
    private static ProblemResult Fault(int status, string title, string detail, int? retryAfterSeconds) => new(
        new ProblemDetails { Type = "about:blank", Title = title, Status = status, Detail = detail },
        retryAfterSeconds);

    // Written as strings here so the wire form does not depend on which serializer options are active.
    private static string WireName<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
