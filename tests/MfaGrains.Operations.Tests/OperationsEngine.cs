using System.Security.Cryptography;
using MfaGrains.Api.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace MfaGrains.Operations.Tests;

/// <summary>The real engine (API, co-hosted silo, SQLite on loopback) as an operator meets it: the dashboard behind an operator key.</summary>
public static class OperationsEngine
{
    public const string OperatorKey = "test-operator-key-9c41e7";

    /// <summary>An engine host with one operator key configured; <paramref name="overrides"/> add or replace settings.</summary>
    public static EngineHost Create(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Operations:Keys:0:Name"] = "SRE on call",
            ["Operations:Keys:0:KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(OperatorKey))),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new EngineHost(settings, configureServices);
    }

    /// <summary>A client that sends the operator key as a bearer credential.</summary>
    public static HttpClient OperatorClient(this EngineHost host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", OperatorKey);
        return client;
    }
}
