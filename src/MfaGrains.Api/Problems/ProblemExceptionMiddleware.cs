namespace MfaGrains.Api.Problems;

/// <summary>Answers any exception that escapes the pipeline with a problem: the client's mistakes as 4xx, our faults as a logged, code-less 500.</summary>
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

            var problem = BadRequestProblems.For(exception);
            if (problem is not null)
            {
                var exceptionType = exception.GetType();
                LogBadRequest(logger, problem.StatusCode ?? 400, exceptionType);
            }
            else
            {
                // The route pattern, not the path: paths carry user ids.
                var endpoint = context.GetEndpoint()?.DisplayName ?? "(no endpoint)";
                LogUnhandled(logger, exception, context.Request.Method, endpoint);
                problem = Problem.Unexpected();
            }

            context.Response.Clear();
            await problem.ExecuteAsync(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request refused with {Status} after {ExceptionType}")]
    private static partial void LogBadRequest(ILogger logger, int status, Type exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {Method} {Endpoint}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string endpoint);
}
