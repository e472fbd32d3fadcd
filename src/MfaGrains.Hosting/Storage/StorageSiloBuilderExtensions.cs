using MfaGrains.Grains.Audit.Log;
using MfaGrains.Grains.Hosting;
using MfaGrains.Hosting.Storage.Audit;
using MfaGrains.Hosting.Storage.GroupCommit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;

namespace MfaGrains.Hosting.Storage;

/// <summary>Registers MfaGrains' grain storage on a silo.</summary>
public static class StorageSiloBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="StorageNames.Mfa"/> grain storage as configured under <c>Storage</c> (see
    /// <see cref="StorageOptions"/>): on SQLite and PostgreSQL the batching (group commit) storage over Orleans' ADO.NET
    /// tables, with System.Text.Json payloads, the audit log (<see cref="IAuditLog"/>) beside it, and the schema applied
    /// at start-up when <see cref="StorageOptions.ResolveApplySchemaOnStart"/> says so.
    /// </summary>
    public static ISiloBuilder AddMfaGrainsStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddMfaGrainsStorageOptions(configuration);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SqliteSchemaLifecycleParticipant>();
        silo.Services.AddPostgreSqlSchemaOnStart();
        silo.Services.SilenceGrainKeyedStorageLogs();

        var provider = StorageOptionsRegistration.Read(configuration).Provider;
        if (provider == StorageProvider.Memory)
        {
            return silo.AddMfaGrainsMemoryStorage();
        }

        var services = silo.Services;
        services.AddSingleton<GroupCommitMetrics>();
        if (provider == StorageProvider.Sqlite)
        {
            services.AddSingleton<SqliteStateRowStore>();
            services.AddSingleton<IStateRowStore>(sp => sp.GetRequiredService<SqliteStateRowStore>());
            services.AddSingleton<IAuditLog, SqliteAuditLog>();
        }
        else
        {
            services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveConnectionString()!));
            services.AddSingleton<IStateRowStore, PostgreSqlStateRowStore>();
            services.AddSingleton<IAuditLog, PostgreSqlAuditLog>();
        }

        services.AddSingleton<IStateRows, StateBatches>();
        return silo.AddMfaGrainsStateRowStorage();
    }

    /// <summary>The <see cref="StorageNames.Mfa"/> grain storage over whichever <see cref="IStateRows"/> is registered.</summary>
    internal static ISiloBuilder AddMfaGrainsStateRowStorage(this ISiloBuilder silo)
    {
        // Plain JSON instead of Newtonsoft's "$type"-tagged payloads: renaming a state type must not orphan its rows.
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Mfa, (sp, _) => ActivatorUtilities.CreateInstance<StateRowGrainStorage>(sp));
        return silo;
    }
}
