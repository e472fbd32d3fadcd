using MfaGrains.Grains.Passcodes;
using MfaGrains.Grains.Users.Events;

namespace MfaGrains.Grains.Users;

public sealed partial class UserAccount
{
    /// <summary>The administrators' view: live devices, standalone authenticators, the masked phone number and the locks in force.</summary>
    public AccountView ToAccountView(DateTimeOffset now) => new(
        userId,
        state.Devices
            .Where(d => IsDeviceLive(d.Id, now))
            .Select(d => new DeviceSummary(d.Id, d.Name, d.Platform, d.Status, d.EnrolledAt, d.LastSeenAt))
            .ToList(),
        state.PushLockedUntil > now ? state.PushLockedUntil : null,
        state.SignInFailures.CoolDownUntil > now ? state.SignInFailures.CoolDownUntil : null,
        state.Passcodes.Totps.Where(t => IsTotpLive(t, now)).Select(t => new TotpSummary(t.Id, t.Confirmed, t.CreatedAt)).ToList(),
        state.Passcodes.PhoneNumber is { } phoneNumber ? PhoneNumbers.Mask(phoneNumber) : null,
        state.Passcodes.LockedUntil > now ? state.Passcodes.LockedUntil : null);

    /// <summary>Clears the push lock, the cool-down, the passcode lock and the failures that would start the next of each.</summary>
    public void Unlock(DateTimeOffset now)
    {
        _events.Add(new AccountUnlocked(now));
        state.PushLockedUntil = null;
        state.SignInFailures.CoolDownUntil = null;
        state.SignInFailures.Count = 0;
        state.Passcodes.LockedUntil = null;
        state.Passcodes.FailedAt.Clear();
        state.Passcodes.ConsecutiveFailures = 0;
    }

    /// <summary>Removes a device at the portal's or the phone's request; its unfinished enrolment is cancelled too.</summary>
    public MfaResult<DeviceRecord> RemoveDevice(string deviceId, DateTimeOffset now)
    {
        var device = FindDevice(deviceId);
        if (device is null)
        {
            return new MfaFailure(MfaErrorCode.DeviceNotFound, "No such device for this user.");
        }

        if (FindEnrolment(device.EnrolmentId) is { IsPending: true } enrolment)
        {
            End(enrolment, EnrolmentStatus.Cancelled, now);
        }
        else
        {
            DropDevice(device, now);
        }

        return device;
    }
}
