using MfaGrains.Api.Operations;
using MfaGrains.Api.Problems;
using MfaGrains.Contracts.Errors;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MfaGrains.Api.Sandbox;

/// <summary>
/// Serves the sandbox at <c>/sandbox</c>: a portal panel and a virtual phone in one page, plain HTML, CSS and JavaScript modules
/// that call the engine's own <c>/v1</c> routes. It holds no key: the portal key is typed into the page.
/// </summary>
public static partial class SandboxPage
{
    /// <summary>Where the sandbox is served.</summary>
    public const string Route = "/sandbox";

    // Scripts, styles and connections from this origin only; no inline script or style; QR images arrive as blob: URLs.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Binds <see cref="SandboxOptions"/> (validated at start-up) and loads the embedded files.</summary>
    public static IServiceCollection AddSandbox(this IServiceCollection services)
    {
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section).ValidateOnStart();
        services.AddSingleton(_ => SandboxAssets.Load());
        return services;
    }

    /// <summary>Maps <c>/sandbox</c> and its files as <see cref="SandboxAccessPolicy"/> decides; never in the OpenAPI document.</summary>
    public static WebApplication MapSandbox(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;
        var access = SandboxAccessPolicy.For(app.Environment.IsDevelopment(), options);
        if (access == SandboxAccess.Off)
        {
            return app;
        }

        var sandbox = app.MapGroup(Route).ExcludeFromDescription();
        sandbox.MapGet("/", (HttpContext http, SandboxAssets assets) => Serve(http, assets, "index.html"));
        sandbox.MapGet("/{file}", (string file, HttpContext http, SandboxAssets assets) => Serve(http, assets, file));
        if (access == SandboxAccess.OperatorOnly)
        {
            sandbox.RequireAuthorization(OperatorAuthentication.Policy);
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SandboxPage).FullName!);
        app.Lifetime.ApplicationStarted.Register(() => LogAddresses(app.Services.GetRequiredService<IServer>(), logger));
        return app;
    }

    private static IResult Serve(HttpContext http, SandboxAssets assets, string file)
    {
        if (!assets.TryGet(file, out var asset))
        {
            return Problem.For(MfaErrorCode.NotFound, "The sandbox has no such file.");
        }

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private static void LogAddresses(IServer server, ILogger logger)
    {
        var urls = (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(address => Browsable(address) + Route);
        foreach (var url in urls)
        {
            LogSandboxAddress(logger, url);
        }
    }

    // Kestrel reports a wildcard bind (http://[::]:5080, http://+:5080) as such; a browser on this machine needs localhost.
    private static string Browsable(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "::" or "0.0.0.0")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox: open {Url}")]
    private static partial void LogSandboxAddress(ILogger logger, string url);
}
