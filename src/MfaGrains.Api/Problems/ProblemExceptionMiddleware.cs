namespace MfaGrains.Api.Problems;

/// <summary>Answers any exception that escapes the pipeline with a problem: the client's mistakes as 4xx, the cluster's transient failures as a 503 to retry, our faults as a logged, code-less 500.</summary>
public sealed partial class ProblemExceptionMiddleware(RequestDelegate next, ILogger<ProblemExceptionMiddleware> logger)
{
    /// <summary>Runs the rest of the pipeline and translates what it throws.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
            {
                // The client went away; there is nobody to answer and nothing went wrong on our side.
                return;
            }

            // The route pattern, not the path: paths carry user ids.
            var endpoint = context.GetEndpoint()?.DisplayName ?? "(no endpoint)";
            var exceptionType = exception.GetType();
            var problem = BadRequestProblems.For(exception);
            if (problem is not null)
            {
                LogBadRequest(logger, problem.StatusCode ?? 400, exceptionType);
            }
            else if (UnavailableProblems.For(exception) is { } unavailable)
            {
                // The type only: Orleans' messages name grains, and grain keys are user ids.
                LogUnavailable(logger, exceptionType, context.Request.Method, endpoint);
                problem = unavailable;
            }
            else
            {
                LogUnhandled(logger, new RedactedException(exception), context.Request.Method, endpoint);
                problem = Problem.Unexpected();
            }

            context.Response.Clear();
            await problem.ExecuteAsync(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request refused with {Status} after {ExceptionType}")]
    private static partial void LogBadRequest(ILogger logger, int status, Type exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster unavailable ({ExceptionType}) in {Method} {Endpoint}; answered 503")]
    private static partial void LogUnavailable(ILogger logger, Type exceptionType, string method, string endpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {Method} {Endpoint}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string endpoint);
}
