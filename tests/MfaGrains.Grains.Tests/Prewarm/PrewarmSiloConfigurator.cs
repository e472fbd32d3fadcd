using System.Security.Cryptography;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Cluster;
using MfaGrains.Push.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Prewarm;

/// <summary>Adds the grains' own services to a PostgreSQL test silo, so pre-warm jobs and user grains run there (pushes only recorded).</summary>
public sealed class PrewarmSiloConfigurator : ISiloConfigurator
{
    /// <summary>The same key ring on every silo and across restarts of the test.</summary>
    internal static readonly Dictionary<string, string?> Secrets = new()
    {
        [$"{SecretsOptions.Section}:LookupKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        [$"{SecretsOptions.Section}:EncryptionKeys:k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        [$"{SecretsOptions.Section}:ActiveEncryptionKeyId"] = "k1",
    };

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddMfaGrainServices();
        siloBuilder.Services.AddSingleton<IPushQueue, RecordingPushQueue>();
    }
}
