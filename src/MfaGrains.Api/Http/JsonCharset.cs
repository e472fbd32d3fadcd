using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;
using Microsoft.Net.Http.Headers;

namespace MfaGrains.Api.Http;

/// <summary>
/// JSON bodies are UTF-8 (RFC 8259 §8.1). A JSON content type naming another or an unknown charset is 415; a quoted
/// <c>"utf-8"</c>, which HTTP allows but the framework's JSON reader cannot look up, is read as the UTF-8 it names.
/// </summary>
public static class JsonCharset
{
    /// <summary>Adds the check for <c>/v1</c> requests; after authentication, so a caller who is not known gets 401 first.</summary>
    public static IApplicationBuilder UseUtf8JsonBodies(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments(RequestBodyLimit.ApiPrefix)
                || !MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
                || !mediaType.Charset.HasValue
                || !request.HasJsonContentType())
            {
                return next(context);
            }

            var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
            if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                return Problem.For(MfaErrorCode.UnsupportedMediaType, "JSON bodies must be UTF-8.").ExecuteAsync(context);
            }

            mediaType.Charset = "utf-8";
            request.ContentType = mediaType.ToString();
            return next(context);
        });
}
