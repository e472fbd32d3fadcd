using System.Net;
using System.Net.Http.Headers;
using MfaGrains.Api.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Sandbox.Tests.Access;

/// <summary>Who gets <c>/sandbox</c> from a real engine outside Development, and the headers it is served with.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxAccessTests(SandboxEngineFixture engine)
{
    [Fact]
    public async Task Outside_Development_the_sandbox_is_not_served_unless_enabled()
    {
        await using var host = SandboxEngine.Create(sandboxEnabled: false);
        await host.StartAsync();
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SandboxEngine.OperatorKey);

        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "not_found", await http.GetAsync(new Uri("/sandbox", UriKind.Relative)));
    }

    [Fact]
    public async Task At_start_up_the_engine_logs_where_to_open_the_sandbox()
    {
        var log = new CapturedLog();
        await using var host = SandboxEngine.Create(
            overrides: new Dictionary<string, string?> { ["Logging:LogLevel:MfaGrains.Api.Sandbox"] = "Information" },
            configureServices: services => services.AddSingleton<ILoggerProvider>(log));

        await host.StartAsync();

        Assert.Contains(log.Entries, entry => entry.Contains($"Sandbox: open {host.BaseAddress}sandbox", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(EngineHost.PortalKey)]
    [InlineData("not-a-key")]
    public async Task Enabled_outside_Development_it_refuses_anyone_without_the_operator_key(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sandbox/signing.js");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        var response = await engine.Http.SendAsync(request);

        await TestPortal.ExpectProblem(HttpStatusCode.Unauthorized, "unauthenticated", response);
    }

    [Fact]
    public async Task With_the_operator_key_the_page_comes_with_a_strict_content_security_policy()
    {
        var response = await Operator("/sandbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_file_the_sandbox_does_not_have_is_404_not_found()
    {
        await TestPortal.ExpectProblem(HttpStatusCode.NotFound, "not_found", await Operator("/sandbox/appsettings.json"));
    }

    private async Task<HttpResponseMessage> Operator(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SandboxEngine.OperatorKey);
        return await engine.Http.SendAsync(request);
    }
}
