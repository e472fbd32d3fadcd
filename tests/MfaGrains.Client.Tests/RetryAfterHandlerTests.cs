using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Client.Tests;

/// <summary>A 503 with Retry-After is retried for idempotent requests only, by the handler <c>AddMfaPortalClient</c> installs.
/// The engine only answers 503 when a silo is lost, so a loopback server plays that part.</summary>
public sealed class RetryAfterHandlerTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private int calls;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapMethods("/v1/users/{userId}/{**rest}", ["GET", "POST"], (HttpContext http) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                http.Response.Headers.RetryAfter = "0";
                return Results.Problem(statusCode: 503, title: "Service Unavailable");
            }

            return Results.Json(new { userId = "a", devices = Array.Empty<object>(), totp = Array.Empty<object>() });
        });
        await app.StartAsync();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_read_answered_503_is_sent_again_after_retry_after()
    {
        var portal = Portal();

        var account = await portal.GetAccountAsync("a");

        Assert.Equal("a", account.UserId);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_post_answered_503_is_not_sent_again_and_surfaces_with_retry_after()
    {
        var portal = Portal();

        var refused = await Assert.ThrowsAsync<MfaProblemException>(() => portal.UnlockAsync("a"));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, TimeSpan.Zero), (refused.StatusCode, refused.RetryAfter));
        Assert.Equal(1, calls);
    }

    private MfaPortalClient Portal()
    {
        var services = new ServiceCollection();
        services.AddMfaPortalClient(new Uri(app.Urls.Single() + "/"), "key");
        return services.BuildServiceProvider().GetRequiredService<MfaPortalClient>();
    }
}
