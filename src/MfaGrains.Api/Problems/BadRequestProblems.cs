using System.Text.Json;
using MfaGrains.Contracts.Errors;

namespace MfaGrains.Api.Problems;

/// <summary>Turns the framework's bad-request exceptions (body too large, wrong media type, unreadable JSON) into contract problems.</summary>
public static class BadRequestProblems
{
    /// <summary>The problem for <paramref name="exception"/>, or null when it is not the client's fault.</summary>
    public static ProblemResult? For(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem.For(MfaErrorCode.PayloadTooLarge),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => Problem.For(MfaErrorCode.UnsupportedMediaType),
        BadHttpRequestException { InnerException: JsonException json } => ForJson(json),
        BadHttpRequestException { StatusCode: >= 400 and < 500 } => Problem.For(MfaErrorCode.ValidationFailed),
        JsonException json => ForJson(json),
        _ => null,
    };

    // The exception's message is not echoed: some (token errors, parameter binding) quote the input.
    // The JSON path only names where the reader stopped, which is safe and tells the integrator where to look.
    private static ProblemResult ForJson(JsonException exception) =>
        Problem.For(
            MfaErrorCode.ValidationFailed,
            exception.Path is { Length: > 1 } path
                ? $"The JSON body is malformed, or a field is missing or has the wrong type, at '{path}'."
                : "The JSON body is malformed, or a required field is missing or has the wrong type.");
}
