namespace MfaGrains.Api.Http;

/// <summary>
/// Holds method names to RFC 9110's rule that they are case-sensitive: routing matches <c>Post</c> to a POST endpoint,
/// but <c>Post</c> is another (unknown) method, so it gets the 405 of a route that does not support it.
/// </summary>
public static class CaseSensitiveMethods
{
    /// <summary>Adds the check; it must run after routing and before authentication and the endpoint.</summary>
    public static IApplicationBuilder UseCaseSensitiveMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var allowed = context.GetEndpoint()?.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (allowed is not { Count: > 0 } || allowed.Contains(context.Request.Method, StringComparer.Ordinal))
            {
                return next(context);
            }

            // No body: the status-code problem pages write the contract's 405 problem.
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return Task.CompletedTask;
        });
}
