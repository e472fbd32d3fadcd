using System.Reflection;
using System.Text.RegularExpressions;
using Orleans.Configuration;
using Orleans.Storage;

namespace MfaGrains.Grains.Tests.Storage;

/// <summary>
/// The stored-query keys the referenced Orleans ADO.NET providers look up, read from the providers themselves so a
/// package upgrade that needs a new query fails here rather than at a silo's start.
/// </summary>
internal static partial class ProviderQueryKeys
{
    /// <summary>Keys the provider's query catalogue refuses to start without (its internal DbStoredQueries properties).</summary>
    public static IEnumerable<string> RequiredBy(Type providerType)
    {
        var catalogue = providerType.Assembly.GetTypes().Single(t => t.Name == "DbStoredQueries");
        return catalogue.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic).Select(p => p.Name);
    }

    public static IEnumerable<string> Clustering => RequiredBy(typeof(AdoNetClusteringSiloOptions));

    public static IEnumerable<string> Reminders => RequiredBy(typeof(AdoNetReminderTableOptions));

    /// <summary>Grain storage loads read, write, clear and (optionally) delete with one fixed query.</summary>
    public static IEnumerable<string> Persistence =>
        QuotedKey().Matches(AdoNetGrainStorage.DefaultInitializationQuery).Select(m => m.Groups[1].Value);

    /// <summary>Optional keys the 10.4 providers use when present.</summary>
    public static IEnumerable<string> Optional => ["CleanupDefunctSiloEntryKey", "DeleteStorageKey"];

    [GeneratedRegex("'(\\w+Key)'")]
    private static partial Regex QuotedKey();
}
