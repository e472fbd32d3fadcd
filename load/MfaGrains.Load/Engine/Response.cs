namespace MfaGrains.Load.Engine;

/// <summary>The outcome of a step or of a whole iteration, as NBomber's <c>Response</c>: ok, or a failure with its HTTP status and problem code.</summary>
public class Response
{
    /// <summary>Status text used when the failure has no HTTP status (a timeout, a refused connection, the runner's own check).</summary>
    public const string NoStatus = "-";

    /// <summary>The code of a 503 from the engine's admission control (problem type <c>…/problems/overloaded</c>): a
    /// sign-in refused before it started, reported apart from failures.</summary>
    public const string RefusedByAdmission = "refused_by_admission";

    protected Response(bool isOk, string statusCode, string? code, string? message)
    {
        IsOk = isOk;
        StatusCode = statusCode;
        Code = code;
        Message = message;
    }

    public bool IsOk { get; }

    /// <summary>The HTTP status as text ("201", "429"), or <see cref="NoStatus"/>.</summary>
    public string StatusCode { get; }

    /// <summary>The problem <c>code</c> of a failure (<c>too_many_challenges</c>), or the runner's own name for it (<c>timeout</c>).</summary>
    public string? Code { get; }

    public string? Message { get; }

    /// <summary>Refused by the engine's admission control: not a failure, and counted apart.</summary>
    public bool IsRefused => !IsOk && Code == RefusedByAdmission;

    public static Response Ok(string statusCode = "200") => new(true, statusCode, null, null);

    public static Response<T> Ok<T>(T payload, string statusCode = "200") => new(true, statusCode, null, null, payload);

    public static Response Fail(string statusCode, string code, string? message = null) => new(false, statusCode, code, message);

    public static Response<T> Fail<T>(string statusCode, string code, string? message = null) => new(false, statusCode, code, message, default);

    /// <summary>A failure of the same status, code and message, carrying no payload.</summary>
    public Response<T> AsFail<T>() => new(false, StatusCode, Code, Message, default);

    /// <summary>An exception thrown by a step, named the way a load tester reads it.</summary>
    public static Response FromException(Exception exception) => exception switch
    {
        TaskCanceledException or OperationCanceledException or TimeoutException => Fail(NoStatus, "timeout", exception.Message),
        HttpRequestException http => Fail(NoStatus, "transport_error", http.HttpRequestError + ": " + http.Message),
        _ => Fail(NoStatus, "exception", exception.GetType().Name + ": " + exception.Message),
    };
}

/// <summary>A <see cref="Response"/> that carries what the next step needs.</summary>
public sealed class Response<T> : Response
{
    internal Response(bool isOk, string statusCode, string? code, string? message, T? payload)
        : base(isOk, statusCode, code, message) => Payload = payload;

    public T? Payload { get; }
}
