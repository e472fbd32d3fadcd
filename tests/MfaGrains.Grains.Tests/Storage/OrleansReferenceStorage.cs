using MfaGrains.Hosting.Storage;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>
/// Orleans' own ADO.NET grain storage (Microsoft.Orleans.Persistence.AdoNet), on the same database as the <c>mfa</c>
/// storage: the reference reader and writer of the format of record.
/// </summary>
internal static class OrleansReferenceStorage
{
    public const string Name = "orleans-ado";

    public static ISiloBuilder AddOrleansReferenceStorage(this ISiloBuilder silo, StorageProvider provider, string connectionString) =>
        silo.AddAdoNetGrainStorage(Name, options =>
        {
            options.Invariant = StorageInvariants.For(provider);
            options.ConnectionString = connectionString;
        });
}
