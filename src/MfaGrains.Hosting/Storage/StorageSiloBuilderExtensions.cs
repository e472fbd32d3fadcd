using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Storage;

namespace MfaGrains.Hosting.Storage;

/// <summary>Registers MfaGrains' grain storage on a silo.</summary>
public static class StorageSiloBuilderExtensions
{
    private const string SqliteProviderName = StorageNames.Mfa + "-sqlite";

    /// <summary>
    /// Adds the <see cref="StorageNames.Mfa"/> grain storage (Orleans ADO.NET) as configured under <c>Storage</c>
    /// (SQLite or PostgreSQL, see <see cref="StorageOptions"/>), with System.Text.Json payloads and the schema
    /// applied at start-up when <see cref="StorageOptions.ResolveApplySchemaOnStart"/> says so.
    /// </summary>
    public static ISiloBuilder AddMfaGrainsStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddMfaGrainsStorageOptions(configuration);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SqliteSchemaLifecycleParticipant>();
        silo.Services.AddPostgreSqlSchemaOnStart();
        silo.Services.SilenceGrainKeyedStorageLogs();

        // Plain JSON instead of Newtonsoft's "$type"-tagged payloads: renaming a state type must not orphan its rows.
        silo.UseSystemTextJsonGrainStorageSerializer();

        var provider = StorageOptionsRegistration.Read(configuration).Provider;
        if (provider == StorageProvider.Memory)
        {
            silo.AddMemoryGrainStorage(StorageNames.Mfa);
            return silo;
        }

        // SQLite takes one writer at a time, so its provider sits behind a queue of writes (see SerializedWritesGrainStorage);
        // the row key holds no provider name, so the inner name changes nothing stored.
        var sqlite = provider == StorageProvider.Sqlite;
        var adoName = sqlite ? SqliteProviderName : StorageNames.Mfa;

        // DeleteStateOnClear stays false: the SQLite schema has no DeleteStorageKey query (Orleans refuses to start
        // without it), and both backends should clear the same way.
        silo.AddAdoNetGrainStorage(adoName, ado => ado.Configure<IOptions<StorageOptions>>((o, storage) =>
        {
            o.Invariant = StorageInvariants.For(storage.Value.Provider);
            o.ConnectionString = storage.Value.ResolveConnectionString();
        }));
        if (sqlite)
        {
            silo.Services.AddKeyedSingleton<IGrainStorage>(
                StorageNames.Mfa, (services, _) => new SerializedWritesGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(SqliteProviderName)));
        }

        return silo;
    }

}
