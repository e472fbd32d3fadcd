using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Hosting.Silo;

/// <summary>How the co-hosted silo identifies itself and where it listens; bound from <c>Orleans</c>.</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    /// <summary>Part of every stored row's key: changing it makes all existing state invisible. Never change it.</summary>
    [Required]
    public string ServiceId { get; set; } = "mfagrains";

    /// <summary>The cluster this silo joins; silos and API clients must agree on it.</summary>
    [Required]
    public string ClusterId { get; set; } = "mfagrains-dev";

    /// <summary>Silo-to-silo port.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port external clients connect to.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address a clustered silo advertises to the others (a pod's IP, or 127.0.0.1 for a cluster on one machine);
    /// when empty, the host's first non-loopback IPv4 address. Unused by the single-machine default.
    /// </summary>
    public string? AdvertisedIPAddress { get; set; }
}
