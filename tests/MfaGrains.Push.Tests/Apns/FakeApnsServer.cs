using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Push.Tests.Apns;

/// <summary>
/// A strict stand-in for APNs: real Kestrel on 127.0.0.1 speaking HTTP/2 only without TLS (h2c), refusing whatever Apple
/// refuses (push-providers.md §3) and answering with Apple's statuses, reasons and scripted faults per device token.
/// </summary>
internal sealed partial class FakeApnsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeApnsExpectations _expected;
    private readonly TimeProvider _time;
    private readonly FakeApnsProviderTokenCheck _tokenCheck;
    private readonly FakeApnsConnectionTokens _connectionTokens;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeApnsReply>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedApnsRequest> _accepted = new();
    private readonly ConcurrentQueue<FakeApnsReply> _refusals = new();
    private readonly ConcurrentDictionary<string, byte> _providerTokens = new(StringComparer.Ordinal);

    private FakeApnsServer(FakeApnsExpectations expected, TimeProvider time)
    {
        _expected = expected;
        _time = time;
        _tokenCheck = new FakeApnsProviderTokenCheck(expected, time);
        _connectionTokens = new FakeApnsConnectionTokens(time);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The base URL to give the sender, <c>http://127.0.0.1:port</c>.</summary>
    public string BaseUrl => _app.Urls.Single();

    /// <summary>Requests that passed every check, in arrival order (including those answered with a scripted fault).</summary>
    public IReadOnlyList<ReceivedApnsRequest> Accepted => [.. _accepted];

    /// <summary>Requests a check refused, with the check's detail: a green test expects none unless it provoked one.</summary>
    public IReadOnlyList<FakeApnsReply> Refusals => [.. _refusals];

    /// <summary>How many different provider JWTs arrived in accepted requests.</summary>
    public int DistinctProviderTokens => _providerTokens.Count;

    public static async Task<FakeApnsServer> StartAsync(FakeApnsExpectations expected, TimeProvider time)
    {
        var server = new FakeApnsServer(expected, time);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>Makes the next requests for <paramref name="deviceToken"/> get these answers, one each, then success again.</summary>
    public void Script(string deviceToken, params FakeApnsReply[] replies)
    {
        var queue = _scripts.GetOrAdd(deviceToken, _ => new ConcurrentQueue<FakeApnsReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var reply = await AnswerAsync(http);
        if (reply.Detail is not null)
        {
            _refusals.Enqueue(reply);
        }

        await WriteAsync(http, reply);
    }

    /// <summary>Apple's checks in order; the first failure answers.</summary>
    private async Task<FakeApnsReply> AnswerAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.Protocol != "HTTP/2")
        {
            // Unreachable through Kestrel's h2-only port, kept so the rule holds even if the listener changes.
            return FakeApnsReply.Refuse(400, "Contract:Http2Required", $"{request.Protocol} request");
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return FakeApnsReply.Refuse(405, "MethodNotAllowed", $"{request.Method} request");
        }

        var path = DevicePath().Match(request.Path.Value ?? "");
        if (!path.Success)
        {
            return FakeApnsReply.Refuse(404, "BadPath", $"path {request.Path}");
        }

        var deviceToken = path.Groups["token"].Value;
        if (!deviceToken.All(char.IsAsciiHexDigit))
        {
            return FakeApnsReply.Refuse(400, "BadDeviceToken", "device token is not hex");
        }

        string? authorization = request.Headers.Authorization;
        var refusal = request.Headers.Authorization.Count > 1
            ? FakeApnsReply.Refuse(400, "DuplicateHeaders", "authorization sent twice")
            : await _tokenCheck.CheckAsync(authorization);
        if (refusal is not null)
        {
            return refusal;
        }

        var jwt = authorization!["bearer ".Length..];
        if (!_connectionTokens.TryUse(http.Connection.Id, jwt))
        {
            return FakeApnsReply.Refuse(429, "TooManyProviderTokenUpdates", "provider token changed within 20 minutes on one connection");
        }

        refusal = FakeApnsHeaderCheck.Check(request.Headers, _expected.Topic);
        if (refusal is not null)
        {
            return refusal;
        }

        var body = await ReadBodyAsync(request, http.RequestAborted);
        refusal = FakeApnsPayloadCheck.Check(body, request.Headers["apns-push-type"]!);
        if (refusal is not null)
        {
            return refusal;
        }

        var reply = _scripts.TryGetValue(deviceToken, out var script) && script.TryDequeue(out var scripted) ? scripted : FakeApnsReply.Success;
        _providerTokens.TryAdd(jwt, 0);
        _accepted.Enqueue(new ReceivedApnsRequest(
            request.Protocol,
            deviceToken,
            http.Connection.Id,
            jwt,
            request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal),
            body,
            reply,
            _time.GetUtcNow()));
        return reply;
    }

    private async Task WriteAsync(HttpContext http, FakeApnsReply reply)
    {
        var response = http.Response;
        response.StatusCode = reply.Status;

        // Apple echoes the apns-id it was given, or makes one up.
        string? apnsId = http.Request.Headers["apns-id"];
        response.Headers["apns-id"] = string.IsNullOrEmpty(apnsId) ? Guid.NewGuid().ToString("D") : apnsId;
        if (reply.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = ((long)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (reply.IsSuccess)
        {
            return;
        }

        response.ContentType = "application/json";
        var error = reply.Timestamp is { } timestamp
            ? JsonSerializer.Serialize(new { reason = reply.Reason, timestamp = timestamp.ToUnixTimeMilliseconds() })
            : JsonSerializer.Serialize(new { reason = reply.Reason });
        await response.WriteAsync(error, http.RequestAborted);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // One byte past Apple's limit is enough to know the body is too large.
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while (buffer.Length <= FakeApnsPayloadCheck.MaximumBytes && (read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [GeneratedRegex("^/3/device/(?<token>[^/]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DevicePath();
}
