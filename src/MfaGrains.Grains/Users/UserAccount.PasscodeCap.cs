namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    /// <summary>Passcodes locked by the total cap: no time ends it (Retry-After says as much), only the portal's unlock.</summary>
    public static readonly DateTimeOffset LockedUntilUnlock = DateTimeOffset.MaxValue;

    /// <summary>
    /// Counts one more refusal in a row; at the cap passcodes lock until the portal unlocks them. The time-limited lock
    /// slows guessing; this one bounds it: at 5 guesses per 20 minutes an attacker would otherwise try 360 a day.
    /// </summary>
    private void CountConsecutivePasscodeFailure()
    {
        var passcodes = state.Passcodes;
        passcodes.ConsecutiveFailures++;
        if (passcodes.ConsecutiveFailures >= policy.Passcodes.FailuresBeforeLockUntilUnlock)
        {
            passcodes.LockedUntil = LockedUntilUnlock;
        }
    }
}
