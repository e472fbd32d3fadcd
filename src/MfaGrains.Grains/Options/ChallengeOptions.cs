using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Grains.Options;

/// <summary>How challenges behave; bound from <c>Mfa:Challenges</c>.</summary>
public sealed class ChallengeOptions
{
    public const string Section = "Mfa:Challenges";

    /// <summary>How long a challenge may be answered.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:10:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Digits of the matching number: 2 gives 10-99, 3 gives 100-999.</summary>
    [Range(2, 3)]
    public int NumberDigits { get; set; } = 2;

    /// <summary>How long resolved challenges stay readable by the portal before they are pruned.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan RetainResolvedFor { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Most resolved challenges kept per user, whatever their age (sign-ins inside the rate window excepted), so a user's
    /// state stays small: every write of the user carries them. A portal reads a challenge within its lifetime; the audit
    /// log keeps the history.
    /// </summary>
    [Range(10, 1000)]
    public int MaxRetainedResolved { get; set; } = 10;
}
