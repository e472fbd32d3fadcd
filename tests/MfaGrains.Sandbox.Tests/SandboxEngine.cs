using System.Security.Cryptography;
using System.Text;
using MfaGrains.Api.Tests.EndToEnd;
using MfaGrains.Grains.Options;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Sandbox.Tests;

/// <summary>The real engine (API, co-hosted silo, SQLite on loopback) with the sandbox switched on outside Development, behind an operator key.</summary>
public static class SandboxEngine
{
    public const string OperatorKey = "test-operator-key-5d1e08";

    /// <summary>
    /// An engine host serving <c>/sandbox</c> (unless <paramref name="sandboxEnabled"/> is false), its domain on the system clock as in
    /// production: the browser signs and computes TOTP codes with its own clock, which a fake engine clock would leave behind.
    /// </summary>
    public static EngineHost Create(
        bool sandboxEnabled = true, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = sandboxEnabled ? "true" : null,
            ["Operations:Keys:0:Name"] = "Sandbox tests",
            ["Operations:Keys:0:KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OperatorKey))),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new EngineHost(settings, services =>
        {
            services.AddKeyedSingleton(MfaClock.Key, TimeProvider.System);
            configureServices?.Invoke(services);
        });
    }
}

/// <summary>One engine serving the sandbox, shared by the tests of a collection; each test uses users of its own.</summary>
public sealed class SandboxEngineFixture() : EngineFixture(SandboxEngine.Create());

/// <summary>The sandbox tests share one running engine.</summary>
[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxEngineFixture>
{
    public const string Name = "Sandbox engine";
}
