namespace MfaGrains.Grains.Options;

/// <summary>
/// The service key of the domain's clock. Orleans itself resolves the unkeyed <see cref="TimeProvider"/>,
/// so tests replace only this keyed one and the silo's own timers keep real time.
/// </summary>
public static class MfaClock
{
    public const string Key = "mfa";
}
