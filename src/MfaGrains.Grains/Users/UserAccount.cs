using MfaGrains.Grains.Options;
using MfaGrains.Grains.Secrets;

namespace MfaGrains.Grains.Users;

/// <summary>
/// The domain rules of one user's account, applied to its <see cref="UserState"/>. Pure: no I/O, no clock of its own,
/// so the grain decides when to persist and tests can drive it with any time.
/// </summary>
public sealed partial class UserAccount(string userId, UserState state, MfaPolicy policy, SecretHasher hasher, SecretProtector protector)
{
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
        foreach (var challenge in state.Challenges.Where(c => c.IsPending && c.IsSentTo(device.Id)))
        {
            if (!challenge.Deliveries.Exists(d => FindDevice(d.DeviceId) is not null))
            {
                challenge.Resolve(ChallengeStatus.Cancelled, ChallengeReason.DeviceRemoved, at);
            }
        }
    }
}
