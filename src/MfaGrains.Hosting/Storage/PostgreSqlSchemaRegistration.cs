using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime;

namespace MfaGrains.Hosting.Storage;

/// <summary>Registers <see cref="PostgreSqlSchemaLifecycleParticipant"/> once, whichever extension asks first.</summary>
internal static class PostgreSqlSchemaRegistration
{
    public static IServiceCollection AddPostgreSqlSchemaOnStart(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILifecycleParticipant<ISiloLifecycle>, PostgreSqlSchemaLifecycleParticipant>());
        return services;
    }
}
