using MfaGrains.Grains.Metrics;

namespace MfaGrains.Grains.Users.Events;

/// <summary>
/// Something that happened in one user's account. <see cref="UserAccount"/> records these as its commands change the
/// state; the grain hands them on (waiters, metrics, audit) only once the write that carries them has committed.
/// </summary>
public abstract record AccountEvent(DateTimeOffset At);

/// <summary>A challenge was issued to <paramref name="Devices"/> devices.</summary>
public sealed record ChallengeIssued(string ChallengeId, ChallengeKind Kind, int Devices, DateTimeOffset At) : AccountEvent(At);

/// <summary>The push of a challenge to one device ended (sent, failed, or no token to push to).</summary>
public sealed record ChallengeDelivered(
    string ChallengeId, ChallengeKind Kind, string DeviceId, DeliveryChannel Channel, DeliveryState State, string? Error, DateTimeOffset At) : AccountEvent(At);

/// <summary>
/// A challenge reached its final status; <paramref name="AnsweredAfter"/> is set when a phone answered it, and
/// <paramref name="Unseen"/> when it expired without any phone having been able to see it (a push outage).
/// </summary>
public sealed record ChallengeResolved(
    string ChallengeId, ChallengeKind Kind, ChallengeStatus Status, ChallengeReason? Reason, string? AnsweredBy, TimeSpan? AnsweredAfter, bool Unseen, DateTimeOffset At)
    : AccountEvent(At);

/// <summary>An enrolment entered a status (awaitingActivation when started).</summary>
public sealed record EnrolmentMoved(string EnrolmentId, EnrolmentStatus Status, string? DeviceId, DateTimeOffset At) : AccountEvent(At);

/// <summary>A phone activated an enrolment and became one of the user's devices (unverified until its test).</summary>
public sealed record DeviceAdded(string DeviceId, DevicePlatform Platform, string EnrolmentId, DateTimeOffset At) : AccountEvent(At);

/// <summary>A device left the account: removed by the portal or the phone, or its enrolment ended unfinished.</summary>
public sealed record DeviceRemoved(string DeviceId, DateTimeOffset At) : AccountEvent(At);

/// <summary>The account fell into a lock that lasts until <paramref name="Until"/>.</summary>
public sealed record LockStarted(AccountLock Lock, DateTimeOffset Until, DateTimeOffset At) : AccountEvent(At);

/// <summary>An administrator cleared every lock and the failures that lead to them.</summary>
public sealed record AccountUnlocked(DateTimeOffset At) : AccountEvent(At);

/// <summary>A passcode was checked: the method that accepted it (null when none did) and the outcome; never the code.</summary>
public sealed record PasscodeChecked(PasscodeMethod? Method, PasscodeOutcome Outcome, string? DeviceId, DateTimeOffset At) : AccountEvent(At);

/// <summary>An SMS or voice code was issued (its hash stored) for sending.</summary>
public sealed record PhoneCodeIssued(PhoneChannel Channel, DateTimeOffset At) : AccountEvent(At);

/// <summary>A standalone TOTP authenticator was added, confirmed by its first code, or removed.</summary>
public sealed record TotpChanged(string TotpId, TotpStep Step, DateTimeOffset At) : AccountEvent(At);

/// <summary>The steps of a standalone authenticator's life.</summary>
public enum TotpStep
{
    Added,
    Confirmed,
    Removed,
}
