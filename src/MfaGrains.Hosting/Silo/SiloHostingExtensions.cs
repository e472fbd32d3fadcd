using MfaGrains.Grains.Hosting;
using MfaGrains.Hosting.Clustering;
using MfaGrains.Hosting.Metrics;
using MfaGrains.Hosting.Operations;
using MfaGrains.Hosting.Push;
using MfaGrains.Hosting.Security;
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
    /// <summary>
    /// A silo with the configured storage: on SQLite the single-machine default (localhost clustering); on PostgreSQL a
    /// member of a cluster found through the membership table.
    /// </summary>
    public static IHostApplicationBuilder AddMfaGrainsSilo(this IHostApplicationBuilder builder)
    {
        PublishedSecrets.RefuseOutsideDevelopment(builder.Configuration, builder.Environment);
        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        builder.Services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMfaGrainServices();
        builder.Services.AddMfaGrainsAuditRetention();
        builder.Services.AddMfaGrainsSiloMetrics();
        builder.Services.AddMfaGrainsPush(builder.Configuration);
        builder.Services.AddPasscodeSenders(builder.Configuration, builder.Environment);
        if (StorageOptionsRegistration.Read(builder.Configuration).Provider == StorageProvider.Memory && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Storage:Provider=Memory keeps nothing across a restart; it is a benchmark baseline, accepted in the Development environment only.");
        }

        builder.UseOrleans(silo =>
        {
            silo.UseMfaGrainsClustering(builder.Configuration);
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ServiceId = options.ServiceId;
                cluster.ClusterId = options.ClusterId;
            });
            silo.AddMfaGrainsStorage(builder.Configuration);
            silo.AddMfaGrainsDashboard(builder.Configuration);
            silo.AddMfaGrainsLoadShedding();
            if (StorageOptionsRegistration.Read(builder.Configuration).Provider == StorageProvider.PostgreSql)
            {
                // Clustered: advertise one explicit address and listen on every interface, so containers and pods work.
                silo.ConfigureEndpoints(AdvertisedAddress.Resolve(options), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            }
        });
        return builder;
    }
}
