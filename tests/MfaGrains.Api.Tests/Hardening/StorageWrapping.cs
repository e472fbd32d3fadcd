using MfaGrains.Grains.Hosting;
using MfaGrains.Hosting.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace MfaGrains.Api.Tests.Hardening;

/// <summary>Puts a test's storage decorator inside the engine's shipped SQLite storage stack, so Orleans sees (and logs under) the shipped provider.</summary>
internal static class StorageWrapping
{
    public static void WrapSqliteStorage(this IServiceCollection services, Func<IGrainStorage, IGrainStorage> wrap) =>
        services.AddKeyedSingleton<IGrainStorage>(StorageNames.Mfa, (provider, _) =>
            new SerializedWritesGrainStorage(wrap(provider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Mfa + "-sqlite"))));
}
