using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace MfaGrains.Messaging.Tests.Webhook;

/// <summary>
/// A strict passcode gateway on real Kestrel at 127.0.0.1: verifies the signature, the timestamp window (on the test's clock),
/// refuses a replayed signature, checks the body exactly, and answers 200 or scripted statuses.
/// </summary>
internal sealed class FakeWebhookServer : IAsyncDisposable
{
    public const string Path = "/mfa/passcodes";

    private readonly WebApplication _app;
    private readonly byte[] _secret;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<int> _script = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _accepted = new();
    private readonly ConcurrentQueue<WebhookRefusal> _refusals = new();
    private readonly ConcurrentDictionary<string, byte> _seenSignatures = new(StringComparer.Ordinal);
    private int _requests;

    private FakeWebhookServer(string secret, TimeProvider clock, int port)
    {
        _secret = Encoding.UTF8.GetBytes(secret);
        _clock = clock;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The URL to configure.</summary>
    public string Url => _app.Urls.Single() + Path;

    public IReadOnlyList<ReceivedWebhook> Accepted => [.. _accepted];

    public IReadOnlyList<WebhookRefusal> Refusals => [.. _refusals];

    public string RefusalSummary => string.Join("; ", _refusals.Select(r => r.Detail));

    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>When set, a well-formed request waits for this before it is answered (to hold a send in flight).</summary>
    public TaskCompletionSource? Hold { get; set; }

    /// <summary>Completes when a request has arrived and is being held.</summary>
    public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts the fake on <paramref name="port"/> (0 for any free port).</summary>
    public static async Task<FakeWebhookServer> StartAsync(string secret, TimeProvider clock, int port = 0)
    {
        var server = new FakeWebhookServer(secret, clock, port);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>Makes the next well-formed requests get these statuses, one each, then 200 again.</summary>
    public void Script(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Hold?.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        var (status, detail) = await AnswerAsync(http);
        if (detail is not null)
        {
            _refusals.Enqueue(new WebhookRefusal(status, detail));
        }

        http.Response.StatusCode = status;
    }

    private async Task<(int Status, string? Detail)> AnswerAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || request.Path != Path)
        {
            return (404, $"{request.Method} {request.Path}");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (415, $"content type {request.ContentType}");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();

        var (timestamp, problem) = FakeWebhookChecks.Signature(request.Headers, body, _secret, _clock.GetUtcNow());
        if (problem is not null)
        {
            return (401, problem);
        }

        if (!_seenSignatures.TryAdd(request.Headers["X-MfaGrains-Signature"].ToString(), 0))
        {
            return (409, "replayed signature");
        }

        var (received, bodyProblem) = FakeWebhookChecks.Body(body, timestamp);
        if (bodyProblem is not null)
        {
            return (400, bodyProblem);
        }

        if (Hold is { } hold)
        {
            Arrived.TrySetResult();
            await hold.Task;
        }

        var status = _script.TryDequeue(out var scripted) ? scripted : 200;
        _accepted.Enqueue(received! with { Status = status });
        return (status, null);
    }
}
