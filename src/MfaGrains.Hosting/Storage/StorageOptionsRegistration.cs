using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MfaGrains.Hosting.Storage;

/// <summary>Binds <see cref="StorageOptions"/> the same way for silos, clients and builder-time decisions.</summary>
internal static class StorageOptionsRegistration
{
    /// <summary>
    /// The options as configured right now: for choosing providers while a builder is being set up,
    /// before there is a service provider to ask.
    /// </summary>
    public static StorageOptions Read(IConfiguration configuration)
    {
        var options = new StorageOptions();
        Bind(options, configuration);
        return options;
    }

    /// <summary>Registers the bound, start-up-validated options once, however many extensions ask for them.</summary>
    public static IServiceCollection AddMfaGrainsStorageOptions(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<StorageOptions>)))
        {
            return services;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddOptions<StorageOptions>()
            .Configure(options => Bind(options, configuration))
            .ValidateOnStart();
        return services;
    }

    private static void Bind(StorageOptions options, IConfiguration configuration)
    {
        configuration.GetSection(StorageOptions.SectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            options.ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
        }
    }
}
