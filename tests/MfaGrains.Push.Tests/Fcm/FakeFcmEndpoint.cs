using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>
/// A strict stand-in for <c>POST /v1/projects/{id}/messages:send</c> (push-providers.md §3, "Fake FCM checks" 2–4):
/// project id, bearer token, JSON content type and body rules, then the scripted answer for the registration token.
/// </summary>
internal sealed partial class FakeFcmEndpoint(FakeFcmIdentity identity, FakeAccessTokens tokens, TimeProvider time, Action<string> violation)
{
    private readonly ConcurrentDictionary<string, FcmAnswer> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FcmAnswer>> _sequences = new(StringComparer.Ordinal);
    private int _requests;
    private long _messageIds;

    public int Requests => Volatile.Read(ref _requests);

    public ConcurrentQueue<ReceivedFcmSend> Received { get; } = new();

    /// <summary>Answers every send to <paramref name="registrationToken"/> with <paramref name="answer"/>.</summary>
    public void Script(string registrationToken, FcmAnswer answer) => _scripts[registrationToken] = answer;

    /// <summary>Answers the next sends to <paramref name="registrationToken"/> with these, one each, before any <see cref="Script"/> answer or success.</summary>
    public void ScriptSequence(string registrationToken, FcmAnswer[] answers)
    {
        var queue = _sequences.GetOrAdd(registrationToken, _ => new ConcurrentQueue<FcmAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public static bool Matches(PathString path) => SendPath().IsMatch(path.Value ?? "");

    public async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var project = SendPath().Match(context.Request.Path.Value!).Groups["project"].Value;
        if (project != identity.ProjectId)
        {
            violation($"FCM: project '{project}' in the URL, expected '{identity.ProjectId}'");
            await AnswerAsync(context, FcmErrorEnvelope.PermissionDenied());
            return;
        }

        if (BearerToken(context.Request) is not { } accessToken || !tokens.IsValid(accessToken))
        {
            await AnswerAsync(context, FcmErrorEnvelope.Unauthenticated());
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || contentType.MediaType != "application/json" || contentType.CharSet is not (null or "utf-8" or "UTF-8"))
        {
            await RejectAsync(context, "", $"Invalid Content-Type '{context.Request.ContentType}', expected application/json.");
            return;
        }

        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        using var document = TryParse(body);
        if (document is null)
        {
            await RejectAsync(context, "", "Invalid JSON payload received.");
            return;
        }

        var root = document.RootElement;

        if (FcmBodyRules.Check(root) is { Count: > 0 } violations)
        {
            foreach (var (field, description) in violations)
            {
                violation($"FCM body: {field}: {description}");
            }

            await AnswerAsync(context, FcmErrorEnvelope.BadRequest(violations[0].Field, violations[0].Description));
            return;
        }

        var registrationToken = root.GetProperty("message").GetProperty("token").GetString()!;
        Received.Enqueue(new ReceivedFcmSend(project, accessToken, registrationToken, body, context.Request.Protocol, time.GetUtcNow()));
        if (ScriptedAnswer(registrationToken) is { } answer)
        {
            await AnswerScriptedAsync(context, registrationToken, accessToken, answer);
            return;
        }

        var name = $"projects/{project}/messages/0:{Interlocked.Increment(ref _messageIds)}";
        await WriteAsync(context, 200, new JsonObject { ["name"] = name });
    }

    private FcmAnswer? ScriptedAnswer(string registrationToken) =>
        _sequences.TryGetValue(registrationToken, out var sequence) && sequence.TryDequeue(out var next) ? next : _scripts.GetValueOrDefault(registrationToken);

    private async Task AnswerScriptedAsync(HttpContext context, string registrationToken, string accessToken, FcmAnswer answer)
    {
        if (answer.Fault is FcmFault.UnauthorizedOnce or FcmFault.UnauthorizedAlways)
        {
            tokens.Revoke(accessToken);
            if (answer.Fault == FcmFault.UnauthorizedOnce)
            {
                _scripts.TryRemove(registrationToken, out _);
            }
        }

        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        await AnswerAsync(context, FcmErrorEnvelope.For(answer.Fault));
    }

    private static JsonDocument? TryParse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task RejectAsync(HttpContext context, string field, string description)
    {
        violation($"FCM: {description}");
        await AnswerAsync(context, FcmErrorEnvelope.BadRequest(field, description));
    }

    private static Task AnswerAsync(HttpContext context, (int Status, JsonObject Body) answer) => WriteAsync(context, answer.Status, answer.Body);

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            violation("FCM: no 'Authorization: Bearer' header");
            return null;
        }

        var token = header["Bearer ".Length..];
        if (!tokens.WasIssued(token))
        {
            violation("FCM: a bearer token the token endpoint never issued");
        }

        return token;
    }

    [GeneratedRegex(@"^/v1/projects/(?<project>[^/]+)/messages:send$")]
    private static partial Regex SendPath();
}
