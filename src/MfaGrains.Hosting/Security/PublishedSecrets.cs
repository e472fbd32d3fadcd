using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace MfaGrains.Hosting.Security;

/// <summary>
/// Refuses to start outside Development when a configured key, or key hash, is one published in this repository (the
/// development settings, or docker-compose.yml's former defaults): anyone can read those, so a deployment using one has
/// an open portal, or TOTP seeds anyone with a backup can unseal.
/// </summary>
public static class PublishedSecrets
{
    // Secrets:LookupKey and Secrets:EncryptionKeys:* values, and portal or operator KeyHash values, that have been in the repository.
    private static readonly HashSet<string> Published = new(StringComparer.OrdinalIgnoreCase)
    {
        // appsettings.Development.json (API and silo).
        "FmExR1mMzPuH6nkbnljLt5lkOqtuASii1DQ85dwICFI=",
        "aYSeibcWh2tNlzuN9VpvYVrXmB0soQ87q1HbyFWZL1k=",

        // SHA-256 of "dev-portal-key", README's development key.
        "2504d188b031010e18d0044ecd3b43837eee251acf284a4e15da0282e6d5f384",

        // docker-compose.yml's defaults before they were removed.
        "ZGV2LW9ubHkgbG9va3VwIGtleTsgTk9UIEEgU0VDUkVUOyBuZXZlciBkZXBsb3k=",
        "ZGV2LW9ubHkgQUVTLTI1NiBrZXk6IE5PVCBTRUNSRVQ=",
    };

    /// <summary>Throws when, outside Development, a configured secret is a published one; names the setting, never the value.</summary>
    public static void RefuseOutsideDevelopment(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var offending = Secrets(configuration).Where(setting => setting.Value is { } value && Published.Contains(value.Trim())).Select(setting => setting.Key).ToList();
        if (offending.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", offending)} hold a key published in the MfaGrains repository, which anyone can read. " +
                "Generate new ones (README.md, Configuration) before running outside Development.");
        }
    }

    private static IEnumerable<KeyValuePair<string, string?>> Secrets(IConfiguration configuration) =>
        [
            new("Secrets:LookupKey", configuration["Secrets:LookupKey"]),
            .. configuration.GetSection("Secrets:EncryptionKeys").GetChildren().Select(key => new KeyValuePair<string, string?>(key.Path, key.Value)),
            .. KeyHashes(configuration.GetSection("Portal:Clients")),
            .. KeyHashes(configuration.GetSection("Operations:Keys")),
        ];

    private static IEnumerable<KeyValuePair<string, string?>> KeyHashes(IConfigurationSection list) =>
        list.GetChildren().Select(entry => entry.GetSection("KeyHash")).Select(hash => new KeyValuePair<string, string?>(hash.Path, hash.Value));
}
