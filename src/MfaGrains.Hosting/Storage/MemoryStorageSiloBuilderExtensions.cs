using MfaGrains.Grains.Audit.Log;
using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace MfaGrains.Hosting.Storage;

/// <summary>The Memory storage provider: grain state and the audit log in this process's memory.</summary>
public static class MemoryStorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="StorageNames.Mfa"/> grain storage over <see cref="MemoryStateRows"/>, which appends audit rows to
    /// a <see cref="MemoryAuditLog"/> (the silo's <see cref="IAuditLog"/>) with each write. Nothing survives a restart.
    /// Silos in one process that must see one store (a test cluster) register one instance of each.
    /// </summary>
    public static ISiloBuilder AddMfaGrainsMemoryStorage(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<MemoryAuditLog>();
        silo.Services.AddSingleton<IAuditLog>(services => services.GetRequiredService<MemoryAuditLog>());
        silo.Services.AddSingleton<MemoryStateRows>();
        silo.Services.AddSingleton<IStateRows>(services => services.GetRequiredService<MemoryStateRows>());
        return silo.AddMfaGrainsStateRowStorage();
    }
}
