using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Silences the storage providers' own log lines. Orleans logs a failed read or write under the category of the grain
/// storage type with the grain id in the message, and a user grain's id is the user id; the fault still reaches the
/// caller, whose log (the API's problem handler) records it with the message withheld.
/// </summary>
public static class StorageErrorLogs
{
    private static readonly string[] Categories = [typeof(StateRowGrainStorage).FullName!];

    /// <summary>Adds the filter rules; configuration cannot turn them back on, short of naming the category itself.</summary>
    public static IServiceCollection SilenceGrainKeyedStorageLogs(this IServiceCollection services) =>
        services.SilenceStorageLogs(Categories);

    /// <summary>Silences the logs of another grain storage type that stands where the engine's own does.</summary>
    public static IServiceCollection SilenceStorageLogsOf<TStorage>(this IServiceCollection services) =>
        services.SilenceStorageLogs([typeof(TStorage).FullName!]);

    private static IServiceCollection SilenceStorageLogs(this IServiceCollection services, IEnumerable<string> categories) =>
        services.Configure<LoggerFilterOptions>(options =>
        {
            foreach (var category in categories)
            {
                options.AddFilter(category, LogLevel.None);
            }
        });
}
