using MfaGrains.Grains.Hosting;
using MfaGrains.Hosting.Clustering;
using MfaGrains.Hosting.Push;
using MfaGrains.Messaging.Hosting;
using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace MfaGrains.Hosting.Silo;

/// <summary>Makes a host run an MfaGrains silo: identity, clustering, storage and the grains' services.</summary>
public static class SiloHostingExtensions
{
    /// <summary>A single-machine silo on localhost clustering with the configured storage (SQLite by default).</summary>
    public static IHostApplicationBuilder AddMfaGrainsSilo(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        builder.Services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMfaGrainServices();
        builder.Services.AddMfaGrainsPush(builder.Configuration);
        builder.Services.AddPasscodeSenders(builder.Configuration, builder.Environment);
        builder.UseOrleans(silo =>
        {
            silo.UseMfaGrainsClustering(builder.Configuration);
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ServiceId = options.ServiceId;
                cluster.ClusterId = options.ClusterId;
            });
            silo.AddMfaGrainsStorage(builder.Configuration);
        });
        return builder;
    }
}
