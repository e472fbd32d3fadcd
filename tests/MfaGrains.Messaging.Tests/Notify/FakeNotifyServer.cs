using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>
/// A strict stand-in for GOV.UK Notify's text message API: real Kestrel on 127.0.0.1, checking the route, the bearer JWT, the
/// content type and the body as Notify would (and stricter), answering 201 or Notify's error envelope, with scripted faults.
/// </summary>
internal sealed class FakeNotifyServer : IAsyncDisposable
{
    private const string Route = "/v2/notifications/sms";

    private readonly WebApplication _app;
    private readonly FakeNotifyTokenCheck _tokenCheck;
    private readonly string _templateId;
    private readonly string? _smsSenderId;
    private readonly ConcurrentQueue<FakeNotifyReply> _script = new();
    private readonly ConcurrentQueue<ReceivedNotifySms> _accepted = new();
    private readonly ConcurrentQueue<FakeNotifyReply> _refusals = new();
    private int _requests;

    private FakeNotifyServer(TimeProvider clock, string? smsSenderId, int port)
    {
        _tokenCheck = new FakeNotifyTokenCheck(NotifyTestKey.ServiceId, NotifyTestKey.Secret, clock);
        _templateId = NotifyTestKey.TemplateId;
        _smsSenderId = smsSenderId;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The base URL to configure, <c>http://127.0.0.1:port</c>.</summary>
    public string BaseUrl => _app.Urls.Single();

    /// <summary>Requests that passed every check, in arrival order (including those answered with a scripted fault).</summary>
    public IReadOnlyList<ReceivedNotifySms> Accepted => [.. _accepted];

    /// <summary>Requests a check refused, with the check's detail: a green test expects none unless it provoked one.</summary>
    public IReadOnlyList<FakeNotifyReply> Refusals => [.. _refusals];

    /// <summary>The refusals' details in one line, for a failing assertion's message.</summary>
    public string RefusalSummary => string.Join("; ", _refusals.Select(r => r.Detail));

    /// <summary>Every request that arrived, whatever it was answered.</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>
    /// Starts the fake on <paramref name="port"/> (0 for any free port); <paramref name="clock"/> is the one the sender signs
    /// with, so the iat check is exact.
    /// </summary>
    public static async Task<FakeNotifyServer> StartAsync(TimeProvider clock, string? smsSenderId = null, int port = 0)
    {
        var server = new FakeNotifyServer(clock, smsSenderId, port);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>Makes the next well-formed requests get these answers, one each, then 201 again.</summary>
    public void Script(params FakeNotifyReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        var (reply, received) = await AnswerAsync(http);
        if (reply.Detail is not null)
        {
            _refusals.Enqueue(reply);
        }

        await WriteAsync(http, reply, received);
    }

    /// <summary>Notify's checks in order; the first failure answers.</summary>
    private async Task<(FakeNotifyReply Reply, ReceivedNotifySms? Received)> AnswerAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || request.Path != Route || request.QueryString.HasValue)
        {
            return (FakeNotifyReply.Refuse(404, "ResourceNotFound", "Not found", $"{request.Method} {request.Path}{request.QueryString}"), null);
        }

        var refusal = await _tokenCheck.CheckAsync(request.Headers.Authorization.ToArray());
        if (refusal is not null)
        {
            return (refusal, null);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (FakeNotifyReply.Refuse(400, "BadRequestError", "Invalid JSON supplied in POST data", $"content type {request.ContentType}"), null);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        var (sms, bodyRefusal) = FakeNotifyBodyCheck.Check(buffer.ToArray(), _templateId, _smsSenderId);
        if (bodyRefusal is not null)
        {
            return (bodyRefusal, null);
        }

        var reply = _script.TryDequeue(out var scripted) ? scripted : FakeNotifyReply.Created;
        var notificationId = Guid.NewGuid().ToString("D");
        var jwt = request.Headers.Authorization.ToString()["Bearer ".Length..];
        var received = new ReceivedNotifySms(jwt, sms!.PhoneNumber, sms.TemplateId, sms.Code, sms.Reference, sms.SmsSenderId, notificationId, reply);
        _accepted.Enqueue(received);
        return (reply, received);
    }

    private async Task WriteAsync(HttpContext http, FakeNotifyReply reply, ReceivedNotifySms? received)
    {
        var response = http.Response;
        response.StatusCode = reply.Status;
        if (reply.RawBody is not null)
        {
            response.ContentType = "text/html";
            await response.WriteAsync(reply.RawBody, http.RequestAborted);
            return;
        }

        response.ContentType = "application/json";
        var body = reply.IsSuccess ? Created(received!) : JsonSerializer.Serialize(new
        {
            status_code = reply.Status,
            errors = new[] { new { error = reply.Error, message = reply.Message } },
        });
        await response.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>Notify's 201 answer to a text message, as its documentation shows it.</summary>
    private string Created(ReceivedNotifySms received) => JsonSerializer.Serialize(new
    {
        id = received.NotificationId,
        reference = received.Reference,
        content = new { body = "Your NHS sign-in code is (redacted by the fake)", from_number = "NHS" },
        uri = $"{BaseUrl}/v2/notifications/{received.NotificationId}",
        template = new { id = _templateId, version = 1, uri = $"{BaseUrl}/services/{NotifyTestKey.ServiceId}/templates/{_templateId}" },
        scheduled_for = (string?)null,
    });
}
