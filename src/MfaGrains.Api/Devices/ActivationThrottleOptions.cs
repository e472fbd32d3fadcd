using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Api.Devices;

/// <summary>Limits on wrong activation codes; bound from <c>Mfa:ActivationThrottle</c>.</summary>
public sealed class ActivationThrottleOptions
{
    public const string Section = "Mfa:ActivationThrottle";

    /// <summary>Wrong codes allowed from one client address per <see cref="PerAddressWindow"/>.</summary>
    [Range(1, 100_000)]
    public int PerAddressLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PerAddressWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong codes allowed from all addresses together per <see cref="GlobalWindow"/>, against distributed guessing.</summary>
    [Range(1, 10_000_000)]
    public int GlobalLimit { get; set; } = 1000;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan GlobalWindow { get; set; } = TimeSpan.FromMinutes(1);
}
