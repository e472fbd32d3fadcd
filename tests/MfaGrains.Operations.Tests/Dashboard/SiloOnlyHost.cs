using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Hosting.Health;
using MfaGrains.Hosting.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>A silo host as <c>src/MfaGrains.Silo</c> builds it (the silo and its health routes), on loopback with the given settings.</summary>
public sealed class SiloOnlyHost(IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    private WebApplication? _app;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePorts.Next()}/");

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls(BaseAddress.ToString());
        builder.AddMfaGrainsSilo();
        builder.Services.AddMfaGrainsSiloHealth();
        _app = builder.Build();
        _app.MapMfaGrainsSiloHealth();
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
