using MfaGrains.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>Puts a test storage around the engine's own <c>mfa</c> grain storage, whichever provider registered it.</summary>
internal static class MfaStorageDecoration
{
    public static void DecorateMfaStorage(this IServiceCollection services, Func<IGrainStorage, IGrainStorage> wrap)
    {
        var engine = services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, StorageNames.Mfa));
        var build = engine.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The mfa grain storage is not registered through a factory.");
        services.AddKeyedSingleton<IGrainStorage>(StorageNames.Mfa, (provider, key) => wrap((IGrainStorage)build(provider, key)));
    }
}
