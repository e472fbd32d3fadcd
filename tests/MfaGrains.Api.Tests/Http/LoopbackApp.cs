using MfaGrains.Api.Http;
using MfaGrains.Api.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Api.Tests.Http;

/// <summary>A tiny real Kestrel app on a free loopback port with the API's JSON and problem pipeline, and a client for it.</summary>
internal sealed class LoopbackApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackApp(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    /// <summary>Starts an app; <paramref name="configureServices"/> adds services, <paramref name="configure"/> adds middleware and endpoints after the problem handling and body limit.</summary>
    public static async Task<LoopbackApp> StartAsync(
        Action<WebApplication> configure,
        Action<WebApplicationBuilder>? configureServices = null)
    {
        // Production, so behaviour that differs in Development (such as ThrowOnBadRequest) is the deployed one.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddMfaJson();
        builder.Services.AddMfaProblemHandling();
        configureServices?.Invoke(builder);

        var app = builder.Build();
        app.UseMfaProblemHandling();
        app.UseRequestBodyLimit();
        configure(app);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackApp(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
