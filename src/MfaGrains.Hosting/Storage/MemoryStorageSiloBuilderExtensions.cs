using MfaGrains.Grains.Audit.Log;
using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;

namespace MfaGrains.Hosting.Storage;

/// <summary>The Memory storage provider: Orleans' memory grain storage with the audit log beside it.</summary>
public static class MemoryStorageSiloBuilderExtensions
{
    private const string InnerProviderName = StorageNames.Mfa + "-memory";

    /// <summary>
    /// Adds <see cref="StorageNames.Mfa"/> grain storage in memory, appending audit rows to a <see cref="MemoryAuditLog"/>
    /// (the silo's <see cref="IAuditLog"/>) after each successful write. Nothing survives a restart.
    /// </summary>
    public static ISiloBuilder AddMfaGrainsMemoryStorage(this ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(InnerProviderName);
        silo.Services.AddSingleton<MemoryAuditLog>();
        silo.Services.AddSingleton<IAuditLog>(services => services.GetRequiredService<MemoryAuditLog>());
        silo.Services.AddKeyedSingleton<IGrainStorage>(
            StorageNames.Mfa,
            (services, _) => new AuditingGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(InnerProviderName), services.GetRequiredService<MemoryAuditLog>()));
        return silo;
    }
}
