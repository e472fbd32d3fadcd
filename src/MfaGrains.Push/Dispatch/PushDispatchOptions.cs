using System.ComponentModel.DataAnnotations;

namespace MfaGrains.Push.Dispatch;

/// <summary>How pushes are dispatched; bound from <c>Push:Dispatch</c>.</summary>
public sealed class PushDispatchOptions
{
    public const string Section = "Push:Dispatch";

    /// <summary>Sends in flight at once, per provider.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>First attempts that may wait, per provider; beyond it new pushes fail at once rather than pile up behind a dead provider.</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>Attempts per message, the first included; never beyond the challenge's expiry either way.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's delay when the provider gave no Retry-After; it doubles per attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>FCM messages per minute from this silo; FCM's default project quota is 600,000. A tenth of a second's worth may go at once.</summary>
    [Range(1, 100_000_000)]
    public int FcmMessagesPerMinute { get; set; } = 600_000;

    /// <summary>APNs messages per minute from this silo; Apple publishes no quota, so this only guards against storms.</summary>
    [Range(1, 100_000_000)]
    public int ApnsMessagesPerMinute { get; set; } = 600_000;
}
