using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace MfaGrains.Api.Http;

/// <summary>Caps request bodies under <c>/v1</c> at 16 KiB (or a route's <see cref="RequestBodyLimitMetadata"/>), answering 413 payload_too_large.</summary>
public static class RequestBodyLimit
{
    /// <summary>The largest body the API accepts, in bytes.</summary>
    public const int MaxBytes = 16 * 1024;

    // Kestrel counts chunked framing ("1000\r\n") toward its own limit, so an exact 16 KiB there would refuse
    // a 16 KiB chunked body. The server's limit is a loose backstop; the exact count is LimitedBodyStream's.
    private const int ServerLimitBytes = 4 * MaxBytes;

    /// <summary>The path prefix the limit applies to.</summary>
    public static readonly PathString ApiPrefix = new("/v1");

    /// <summary>Refuses a declared oversize body before reading it, and makes any read past the limit (chunked bodies)
    /// throw the 413 that <c>UseMfaProblemHandling</c> answers; so place it after that.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(ApiPrefix))
            {
                return next(context);
            }

            var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimitMetadata>()?.MaxBytes ?? MaxBytes;

            // Set even when refusing below, so the server closes the connection instead of draining a huge body.
            var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = maxBytes == MaxBytes ? ServerLimitBytes : 4L * maxBytes;
            }

            if (context.Request.ContentLength > maxBytes)
            {
                return Problem.For(MfaErrorCode.PayloadTooLarge, maxBytes == MaxBytes ? null : $"The request body is larger than {maxBytes / (1024 * 1024)} MiB.").ExecuteAsync(context);
            }

            context.Request.Body = new LimitedBodyStream(context.Request.Body, maxBytes);
            return next(context);
        });

    /// <summary>The exception the pipeline maps to 413 payload_too_large.</summary>
    internal static BadHttpRequestException TooLarge() =>
        new("The request body is larger than the limit.", StatusCodes.Status413PayloadTooLarge);
}
