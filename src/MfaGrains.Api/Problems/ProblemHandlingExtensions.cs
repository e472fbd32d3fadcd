namespace MfaGrains.Api.Problems;

/// <summary>Registers the pipeline pieces that make every error response a contract problem.</summary>
public static class ProblemHandlingExtensions
{
    /// <summary>Makes minimal APIs throw on unreadable requests so the problem handler can answer them with a detail.</summary>
    public static IServiceCollection AddMfaProblemHandling(this IServiceCollection services)
    {
        // Post-configure: the framework's own default (throw only in Development) is applied as a configure step.
        services.PostConfigure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Adds the exception-to-problem middleware and problem bodies for empty error responses; call it first.</summary>
    public static IApplicationBuilder UseMfaProblemHandling(this IApplicationBuilder app)
    {
        app.UseMiddleware<ProblemExceptionMiddleware>();
        app.UseStatusCodePages(context =>
            StatusCodeProblems.For(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
        return app;
    }
}
