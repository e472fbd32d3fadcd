using System.Globalization;
using System.Text.Json;
using MfaGrains.Api.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Problems;

/// <summary>An RFC 9457 <c>application/problem+json</c> response, optionally with <c>Retry-After</c>; usable as an endpoint result or written directly by middleware.</summary>
public sealed class ProblemResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    /// <summary>The media type of every problem response.</summary>
    public const string MediaType = "application/problem+json";

    internal ProblemResult(ProblemDetails details, int? retryAfterSeconds)
    {
        Details = details;
        RetryAfterSeconds = retryAfterSeconds;
    }

    /// <summary>The problem document written as the body.</summary>
    public ProblemDetails Details { get; }

    /// <summary>The <c>Retry-After</c> header value in whole seconds, if any.</summary>
    public int? RetryAfterSeconds { get; }

    /// <inheritdoc/>
    public int? StatusCode => Details.Status;

    /// <inheritdoc/>
    public string ContentType => MediaType;

    ProblemDetails? IValueHttpResult<ProblemDetails>.Value => Details;

    object? IValueHttpResult.Value => Details;

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Details.Status ?? StatusCodes.Status500InternalServerError;
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        // A problem must never be cached: it describes this request, not the resource.
        response.Headers.CacheControl = "no-store";
        return response.WriteAsJsonAsync(Details, SerializerOptions(httpContext), MediaType, httpContext.RequestAborted);
    }

    private static JsonSerializerOptions SerializerOptions(HttpContext httpContext) =>
        httpContext.RequestServices?.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions ?? MfaJson.Options;
}
