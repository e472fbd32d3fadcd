using MfaGrains.Hosting.Clustering;
using MfaGrains.Hosting.Operations;
using Microsoft.Extensions.Hosting;

namespace MfaGrains.Hosting.Client;

/// <summary>Makes a host a stateless Orleans client of an MfaGrains cluster: no grains run here.</summary>
public static class ClientHostingExtensions
{
    public static IHostApplicationBuilder AddMfaGrainsClient(this IHostApplicationBuilder builder)
    {
        builder.UseOrleansClient(client =>
        {
            client.UseMfaGrainsClustering(builder.Configuration);
            client.AddMfaGrainsDashboard(builder.Configuration);
        });
        return builder;
    }
}
