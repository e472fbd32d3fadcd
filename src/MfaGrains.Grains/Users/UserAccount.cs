using MfaGrains.Grains.Options;
using MfaGrains.Grains.Secrets;
using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

/// <summary>
/// The domain rules of one user's account, applied to its <see cref="UserState"/>. Pure: no I/O, no clock of its own,
/// so the grain decides when to persist and tests can drive it with any time. Every change it makes is recorded as an
/// <see cref="AccountEvent"/> in <paramref name="events"/>, which the grain hands on once the change is stored.
/// </summary>
public sealed partial class UserAccount(
    string userId, UserState state, MfaPolicy policy, SecretHasher hasher, SecretProtector protector, List<AccountEvent>? events = null)
{
    private readonly List<AccountEvent> _events = events ?? [];

    /// <summary>What the commands applied so far have changed, oldest first.</summary>
    public IReadOnlyList<AccountEvent> Events => _events;

    public string UserId => userId;

    public UserState State => state;

    public DeviceRecord? FindDevice(string deviceId) => state.Devices.Find(d => d.Id == deviceId);

    public EnrolmentRecord? FindEnrolment(string enrolmentId) => state.Enrolments.Find(e => e.Id == enrolmentId);

    public ChallengeRecord? FindChallenge(string challengeId) => state.Challenges.Find(c => c.Id == challengeId);

    /// <summary>Whether the device still belongs to this user: active, or unverified within a live enrolment.</summary>
    public bool IsDeviceLive(string deviceId, DateTimeOffset now)
    {
        var device = FindDevice(deviceId);
        if (device is null)
        {
            return false;
        }

        return device.Status == DeviceStatus.Active
            || FindEnrolment(device.EnrolmentId) is { IsPending: true } enrolment && enrolment.ExpiresAt > now;
    }

    /// <summary>Refuses one more device when the user already holds the most allowed.</summary>
    public MfaFailure? RefuseAnotherDevice(DateTimeOffset now, string? replacingEnrolmentId = null)
    {
        var held = state.Devices.Count(d => IsDeviceLive(d.Id, now))
            + state.Enrolments.Count(e => e.Status == EnrolmentStatus.AwaitingActivation && e.ExpiresAt > now && e.Id != replacingEnrolmentId);
        return held < policy.Enrolment.MaxDevicesPerUser
            ? null
            : new MfaFailure(MfaErrorCode.TooManyDevices, $"A user may hold at most {policy.Enrolment.MaxDevicesPerUser} devices, counting unfinished enrolments.");
    }

    /// <summary>Removes a device and ends the pending challenges that no remaining device can answer.</summary>
    public void DropDevice(DeviceRecord device, DateTimeOffset at)
    {
        state.Devices.Remove(device);
        _events.Add(new DeviceRemoved(device.Id, at));
        foreach (var challenge in state.Challenges.Where(c => c.IsPending && c.IsSentTo(device.Id)))
        {
            if (!challenge.Deliveries.Exists(d => FindDevice(d.DeviceId) is not null))
            {
                Resolve(challenge, ChallengeStatus.Cancelled, ChallengeReason.DeviceRemoved, at);
            }
        }
    }

    /// <summary>Resolves a challenge once and records it; the time to a phone's answer goes with it.</summary>
    private void Resolve(ChallengeRecord challenge, ChallengeStatus status, ChallengeReason? reason, DateTimeOffset at, string? answeredBy = null)
    {
        challenge.Resolve(status, reason, at, answeredBy);
        var answeredAfter = answeredBy is not null ? at - challenge.CreatedAt : (TimeSpan?)null;
        var unseen = status == ChallengeStatus.Expired && !challenge.WasSeen;
        _events.Add(new ChallengeResolved(challenge.Id, challenge.Kind, status, reason, answeredBy, answeredAfter, unseen, at));
    }
}
