using Microsoft.Extensions.Configuration;

namespace MfaGrains.Push.Apns;

/// <summary>Decides whether APNs is switched on at all, before any option is validated.</summary>
internal static class ApnsConfiguration
{
    /// <summary>
    /// True when any credential setting is present. A half-filled section counts as configured on purpose, so that
    /// start-up validation names the missing setting instead of APNs silently staying off.
    /// </summary>
    public static bool IsConfigured(IConfigurationSection section) =>
        new[] { nameof(ApnsOptions.TeamId), nameof(ApnsOptions.KeyId), nameof(ApnsOptions.PrivateKeyPath), nameof(ApnsOptions.Topic) }
            .Any(key => !string.IsNullOrWhiteSpace(section[key]));
}
