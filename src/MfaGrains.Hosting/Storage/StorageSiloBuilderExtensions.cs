using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Runtime;

namespace MfaGrains.Hosting.Storage;

/// <summary>Registers MfaGrains' grain storage on a silo.</summary>
public static class StorageSiloBuilderExtensions
{
    // Orleans' historical invariant name for SQLite; it loads Microsoft.Data.Sqlite's factory.
    private const string SqliteInvariant = "System.Data.SQLite";

    /// <summary>
    /// Adds the <see cref="StorageNames.Mfa"/> grain storage (Orleans ADO.NET) as configured under
    /// <c>Storage</c>, with System.Text.Json payloads and, for SQLite, the schema applied at start-up.
    /// </summary>
    public static ISiloBuilder AddMfaGrainsStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(o => o.Provider == StorageProvider.Sqlite,
                "Storage:Provider: only Sqlite is available for now.")
            .Validate(o => o.Provider != StorageProvider.Sqlite || SqliteSchemaBootstrapper.IsFileDatabase(o.ResolveConnectionString()),
                "Storage:ConnectionString must name a SQLite database file (Data Source=<path>); in-memory databases are not kept between Orleans' connections.")
            .ValidateOnStart();

        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SqliteSchemaLifecycleParticipant>();

        // Plain JSON instead of Newtonsoft's "$type"-tagged payloads: renaming a state type must not orphan its rows.
        silo.UseSystemTextJsonGrainStorageSerializer();

        // DeleteStateOnClear stays false: the SQLite schema has no DeleteStorageKey query, and Orleans refuses to start without it.
        return silo.AddAdoNetGrainStorage(StorageNames.Mfa, ado => ado.Configure<IOptions<StorageOptions>>((o, storage) =>
        {
            o.Invariant = SqliteInvariant;
            o.ConnectionString = storage.Value.ResolveConnectionString();
        }));
    }
}
