using MfaGrains.Hosting.Clustering;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>The test cluster's client finds gateways the way the API in client mode will: through the membership table.</summary>
public sealed class PostgreSqlClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.UseMfaGrainsClustering(configuration);
}
