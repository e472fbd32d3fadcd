using System.ComponentModel.DataAnnotations;
using MfaGrains.Grains.Passcodes;

namespace MfaGrains.Grains.Options;

/// <summary>Passcode rules: the failure lock, SMS/voice codes and standalone TOTP authenticators; bound from <c>Mfa:Passcodes</c>.</summary>
public sealed class PasscodeOptions
{
    public const string Section = "Mfa:Passcodes";

    /// <summary>Refused passcodes within <see cref="FailureWindow"/> that lock passcodes.</summary>
    [Range(1, 100)]
    public int FailuresBeforeLock { get; set; } = 5;

    /// <summary>The sliding window in which <see cref="FailuresBeforeLock"/> refusals lock passcodes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long every passcode is refused with 423 once locked (or until an unlock).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "30.00:00:00")]
    public TimeSpan Lock { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Consecutive refused passcodes (NIST SP 800-63B §5.2.2) after which passcodes stay locked until the portal unlocks them.</summary>
    [Range(10, 100)]
    public int FailuresBeforeLockUntilUnlock { get; set; } = 100;

    /// <summary>How long an SMS or voice code may be used.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "00:30:00")]
    public TimeSpan PhoneCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most SMS/voice codes sent per user within <see cref="SendWindow"/>.</summary>
    [Range(1, 100)]
    public int SendsPerWindow { get; set; } = 3;

    /// <summary>The sliding window for <see cref="SendsPerWindow"/>.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SendWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the user grain waits for a gateway to take a code before it gives up on that send.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:25")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Country calling codes codes may be sent to (E.164 prefixes such as <c>+44</c>); null means the default, <c>+44</c> only.</summary>
    /// <remarks>An array left null rather than defaulted: configuration binding appends to a default array instead of replacing it.</remarks>
    public string[]? AllowedCountryCodes { get; set; }

    /// <summary>Number prefixes never sent to (premium-rate, personal-numbering and service ranges); null means <see cref="PhoneDestinations.DefaultPremiumRatePrefixes"/>.</summary>
    public string[]? PremiumRatePrefixes { get; set; }

    /// <summary>Most SMS/voice codes sent to one number per hour, across all users (against bombing and toll fraud on one line).</summary>
    [Range(1, 1000)]
    public int SendsPerNumberPerHour { get; set; } = 10;

    /// <summary>Most SMS/voice codes sent per hour by the whole deployment (a cap on what toll fraud can cost).</summary>
    [Range(1, 10_000_000)]
    public int SendsPerHour { get; set; } = 5000;

    /// <summary>Most standalone TOTP authenticators per user, confirmed or waiting for confirmation.</summary>
    [Range(1, 50)]
    public int MaxTotpsPerUser { get; set; } = 5;

    /// <summary>How long a standalone TOTP may wait for its confirming code before it is dropped.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan UnconfirmedTotpLifetime { get; set; } = TimeSpan.FromMinutes(10);
}
