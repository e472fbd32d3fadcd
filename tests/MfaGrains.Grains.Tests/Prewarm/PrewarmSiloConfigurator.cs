using System.Security.Cryptography;
using MfaGrains.Grains.Hosting;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Prewarm;

/// <summary>A PostgreSQL test silo (clustering, state, reminders) that also runs the grains' own services, so pre-warm jobs and user grains work.</summary>
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
        new PostgreSqlSiloConfigurator().Configure(siloBuilder);
        siloBuilder.Services.AddMfaGrainServices();
    }
}
