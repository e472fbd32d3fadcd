namespace MfaGrains.Grains.Metrics;

/// <summary>The locks an account can fall into, as counted by <c>mfagrains.locks.started</c>.</summary>
public enum AccountLock
{
    /// <summary>A phone reported a sign-in as fraud: push sign-in refused (423) until an administrator unlocks or it lapses.</summary>
    PushLock,

    /// <summary>Too many sign-in challenges in a row were denied or expired: new ones refused (429) for a while.</summary>
    SignInCoolDown,

    /// <summary>Too many wrong passcodes: every passcode refused (423) for a while.</summary>
    PasscodeLock,
}
