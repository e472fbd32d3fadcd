using System.Globalization;
using System.Security.Cryptography;
using MfaGrains.Api.Hosting;
using MfaGrains.Api.Http;
using MfaGrains.Grains.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MfaGrains.Api.Tests.EndToEnd;

/// <summary>
/// The real engine as it ships: the API host with its co-hosted silo and a SQLite file, listening on loopback.
/// Only the domain clock is fake, so tests move time instead of waiting for it.
/// </summary>
public sealed class EngineHost : IAsyncDisposable
{
    public const string PortalKey = "test-portal-key";
    public const string PortalName = "Test portal";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly string _environmentName;
    private WebApplication? _app;

    /// <param name="overrides">Settings that replace or add to the test defaults.</param>
    /// <param name="configureServices">Registers test doubles of the engine's own interfaces (such as a passcode sender); runs on every start.</param>
    /// <param name="environmentName">The host environment; Testing unless a test is about what differs by environment.</param>
    public EngineHost(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null, string environmentName = "Testing")
    {
        _environmentName = environmentName;
        _configureServices = configureServices;
        Directory = Path.Combine(Path.GetTempPath(), "mfagrains-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(Directory, "mfagrains.db")}",
            ["Orleans:ServiceId"] = "mfagrains-tests",
            ["Orleans:ClusterId"] = "tests-" + Guid.NewGuid().ToString("N"),
            ["Mfa:Public:PublicBaseUrl"] = "https://mfa.example",
            ["Portal:Clients:0:Name"] = PortalName,
            ["Portal:Clients:0:KeyHash"] = Convert.ToHexStringLower(SHA256.HashData("test-portal-key"u8)),
            ["Secrets:LookupKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Secrets:EncryptionKeys:k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Secrets:ActiveEncryptionKeyId"] = "k1",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Orleans:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
        };
        BaseAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}/");
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The domain clock, starting at the real time so signatures made from it look current.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string Directory { get; }

    /// <summary>The loopback address, kept across restarts so clients and phones carry on as they would in life.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app!.Services;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = _environmentName, ContentRootPath = Directory });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.WebHost.UseUrls(BaseAddress.ToString());
        builder.AddMfaGrainsApi();
        builder.Services.AddKeyedSingleton<TimeProvider>(MfaClock.Key, Clock);
        builder.Services.AddKeyedSingleton<TimeProvider>(ApiClock.Key, Clock);
        _configureServices?.Invoke(builder.Services);
        _app = builder.Build();
        _app.MapMfaGrainsApi();
        await _app.StartAsync();
    }

    /// <summary>Stops the whole process-equivalent (API and silo) and starts it again on the same database file.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the runtime is left for the OS's temp clean-up; it is not the test's concern.
        }
    }

    private async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
