namespace MfaGrains.Grains.Metrics;

/// <summary>How a passcode verification ended, as counted by <c>mfagrains.passcode.verifications</c>.</summary>
public enum PasscodeOutcome
{
    Accepted,

    /// <summary>Wrong, malformed or replayed: counted toward the passcode lock.</summary>
    Refused,

    /// <summary>Refused unread because passcodes were locked.</summary>
    Locked,
}
