using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Grains.Options;

/// <summary>Limits that stop push fatigue attacks; bound from <c>Mfa:Limits</c>.</summary>
public sealed class AbuseLimitOptions
{
    public const string Section = "Mfa:Limits";

    /// <summary>Most sign-in challenges created per user within <see cref="SignInWindow"/>.</summary>
    [Range(1, 1000)]
    public int SignInsPerWindow { get; set; } = 5;

    /// <summary>The sliding window for <see cref="SignInsPerWindow"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Sign-in challenges in a row ending denied or expired that start a cool-down.</summary>
    [Range(1, 100)]
    public int FailuresBeforeCoolDown { get; set; } = 3;

    /// <summary>How long new sign-in challenges are refused after that run.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan CoolDown { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long push sign-in stays locked after a phone reports fraud.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ReportLock { get; set; } = TimeSpan.FromMinutes(60);
}
