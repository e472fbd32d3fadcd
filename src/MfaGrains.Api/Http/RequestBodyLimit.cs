using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace MfaGrains.Api.Http;

/// <summary>Caps request bodies under <c>/v1</c> at 16 KiB, answering 413 payload_too_large.</summary>
public static class RequestBodyLimit
{
    /// <summary>The largest body the API accepts, in bytes.</summary>
    public const int MaxBytes = 16 * 1024;

    /// <summary>The path prefix the limit applies to.</summary>
    public static readonly PathString ApiPrefix = new("/v1");

    /// <summary>Refuses declared oversize bodies before reading and makes the server stop reading undeclared (chunked) ones at the limit.
    /// Place it after <c>UseMfaProblemHandling</c>, which turns the server's mid-read refusal into the same problem.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(ApiPrefix))
            {
                return next(context);
            }

            // Set even when refusing below, so the server closes the connection instead of draining a huge body.
            var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = MaxBytes;
            }

            return context.Request.ContentLength > MaxBytes
                ? Problem.For(MfaErrorCode.PayloadTooLarge).ExecuteAsync(context)
                : next(context);
        });

    /// <summary>The exception the pipeline maps to 413 payload_too_large.</summary>
    internal static BadHttpRequestException TooLarge() =>
        new("The request body is larger than the limit.", StatusCodes.Status413PayloadTooLarge);
}
