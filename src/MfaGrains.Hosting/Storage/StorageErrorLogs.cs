using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MfaGrains.Hosting.Storage;

/// <summary>
/// Silences the storage providers' own log lines. Orleans logs a failed read or write under the provider's category with
/// the grain id in the message, and a user grain's id is the user id; the fault still reaches the caller, whose log
/// (the API's problem handler) records it with the message withheld.
/// </summary>
public static class StorageErrorLogs
{
    private static readonly string[] Categories =
    [
        typeof(SerializedWritesGrainStorage).FullName!,
        "Orleans.Storage.AdoNetGrainStorage",
        "Orleans.Storage.MemoryGrainStorage",
    ];

    /// <summary>Adds the filter rules; configuration cannot turn them back on, short of naming the category itself.</summary>
    public static IServiceCollection SilenceGrainKeyedStorageLogs(this IServiceCollection services) =>
        services.Configure<LoggerFilterOptions>(options =>
        {
            foreach (var category in Categories)
            {
                options.AddFilter(category, LogLevel.None);
            }
        });
}
