using System.Net;

namespace MfaGrains.Load.Tests.Support;

/// <summary>An HTTP handler that answers from a script, one entry per request (the last one repeats), and counts the requests.</summary>
public sealed class StubHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
{
    public int Requests { get; private set; }

    /// <summary>Runs before each answer, so a test can move a fake clock per request.</summary>
    public Action? OnRequest { get; init; }

    public static Func<HttpRequestMessage, HttpResponseMessage> Status(HttpStatusCode status) => _ => new HttpResponseMessage(status);

    public static Func<HttpRequestMessage, HttpResponseMessage> Refused() => _ => throw new HttpRequestException("Connection refused");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        OnRequest?.Invoke();
        var answer = answers[Math.Min(Requests, answers.Length - 1)];
        Requests++;
        return Task.FromResult(answer(request));
    }
}
