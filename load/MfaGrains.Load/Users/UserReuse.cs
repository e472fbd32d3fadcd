namespace MfaGrains.Load.Users;

/// <summary>What happens to a user when its sign-in ends: back in the pool, or never used again in this run.</summary>
public enum UserReuse
{
    /// <summary>Back at the end of the queue, so sign-ins spread evenly over the per-user limits.</summary>
    LeastRecentlyUsed,

    /// <summary>Signs in at most once, so every sign-in meets the user's grains as the run found them (cold after a restart).</summary>
    Once,
}
