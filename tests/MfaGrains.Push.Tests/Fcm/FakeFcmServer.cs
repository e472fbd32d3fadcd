using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Push.Tests.Fcm;

/// <summary>
/// A real Kestrel server on <c>http://127.0.0.1:{random port}</c> that serves both the OAuth token endpoint (<c>/token</c>)
/// and FCM's <c>messages:send</c>, and rejects whatever the real services (or our contract) would reject.
/// </summary>
internal sealed class FakeFcmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeTokenEndpoint _tokenEndpoint;
    private readonly FakeFcmEndpoint _fcmEndpoint;
    private readonly FakeAccessTokens _tokens;

    private FakeFcmServer(WebApplication app, FakeTokenEndpoint tokenEndpoint, FakeFcmEndpoint fcmEndpoint, FakeAccessTokens tokens)
    {
        _app = app;
        _tokenEndpoint = tokenEndpoint;
        _fcmEndpoint = fcmEndpoint;
        _tokens = tokens;
        BaseUrl = new Uri(app.Urls.Single());
    }

    /// <summary>Where FCM is served, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The OAuth token endpoint, for the service-account file's <c>token_uri</c>.</summary>
    public Uri TokenUri => new(BaseUrl, "/token");

    /// <summary>How many access tokens were requested, to prove caching and the single refresh.</summary>
    public int TokenRequests => _tokenEndpoint.Requests;

    /// <summary>How many <c>messages:send</c> requests arrived, well-formed or not.</summary>
    public int SendRequests => _fcmEndpoint.Requests;

    /// <summary>The well-formed sends, in arrival order, each stamped with the fake's clock.</summary>
    public IReadOnlyCollection<ReceivedFcmSend> Received => _fcmEndpoint.Received;

    /// <summary>Everything the fake rejected as malformed or against the contract; a passing test expects none.</summary>
    public ConcurrentQueue<string> Violations { get; private init; } = new();

    /// <summary>The <c>expires_in</c> of the access tokens the fake issues.</summary>
    public TimeSpan AccessTokenLifetime
    {
        get => _tokenEndpoint.TokenLifetime;
        set => _tokenEndpoint.TokenLifetime = value;
    }

    internal static async Task<FakeFcmServer> StartAsync(FakeFcmIdentity identity, TimeProvider? timeProvider = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        ConcurrentQueue<string> violations = new();
        var time = timeProvider ?? TimeProvider.System;
        var tokens = new FakeAccessTokens(time);
        var tokenEndpoint = new FakeTokenEndpoint(identity, tokens, violations.Enqueue);
        var fcmEndpoint = new FakeFcmEndpoint(identity, tokens, time, violations.Enqueue);
        app.Run(context => Route(context, tokenEndpoint, fcmEndpoint, violations));
        await app.StartAsync();
        return new FakeFcmServer(app, tokenEndpoint, fcmEndpoint, tokens) { Violations = violations };
    }

    /// <summary>Makes the fake answer every send to <paramref name="registrationToken"/> with <paramref name="fault"/>.</summary>
    public void Script(string registrationToken, FcmFault fault, string? retryAfter = null) => _fcmEndpoint.Script(registrationToken, new FcmAnswer(fault, retryAfter));

    /// <summary>Makes the fake answer the next sends to <paramref name="registrationToken"/> with these, one each, then as before (success unless scripted).</summary>
    public void ScriptSequence(string registrationToken, params FcmAnswer[] answers) => _fcmEndpoint.ScriptSequence(registrationToken, answers);

    /// <summary>Issues a token directly, for tests of the fake's own strictness.</summary>
    public string IssueAccessToken() => _tokens.Issue(AccessTokenLifetime);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static Task Route(HttpContext context, FakeTokenEndpoint tokenEndpoint, FakeFcmEndpoint fcmEndpoint, ConcurrentQueue<string> violations)
    {
        var isToken = context.Request.Path == "/token";
        if (!isToken && !FakeFcmEndpoint.Matches(context.Request.Path))
        {
            violations.Enqueue($"unknown path {context.Request.Path}");
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            violations.Enqueue($"{context.Request.Method} {context.Request.Path}");
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }

        return isToken ? tokenEndpoint.HandleAsync(context) : fcmEndpoint.HandleAsync(context);
    }
}
