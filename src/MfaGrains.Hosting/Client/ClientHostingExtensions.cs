using MfaGrains.Grains.Hosting;
using MfaGrains.Hosting.Clustering;
using MfaGrains.Hosting.Operations;
using Microsoft.Extensions.Hosting;

namespace MfaGrains.Hosting.Client;

/// <summary>Makes a host a stateless Orleans client of an MfaGrains cluster: no grains run here.</summary>
public static class ClientHostingExtensions
{
    public static IHostApplicationBuilder AddMfaGrainsClient(this IHostApplicationBuilder builder)
    {
        // The API hashes activation codes itself to find their grain, so it needs the same secrets as the silos.
        builder.Services.AddMfaGrainServices();
        builder.UseOrleansClient(client =>
        {
            client.UseMfaGrainsClustering(builder.Configuration);
            client.AddMfaGrainsDashboard(builder.Configuration);
        });
        return builder;
    }
}
