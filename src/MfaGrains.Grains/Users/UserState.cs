using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using MfaGrains.Grains.Audit.Log;
using MfaGrains.Grains.Secrets;

namespace MfaGrains.Grains.Users;

/// <summary>Everything stored about one user; the single source of truth for their enrolments, devices and challenges.</summary>
[GenerateSerializer, Alias("mfa.UserState")]
public sealed class UserState : IAuditedState, IJsonOnDeserialized
{
    [Id(0)] public List<EnrolmentRecord> Enrolments { get; set; } = [];

    [Id(1)] public List<DeviceRecord> Devices { get; set; } = [];

    [Id(2)] public List<ChallengeRecord> Challenges { get; set; } = [];

    [Id(3)] public FailureRun SignInFailures { get; set; } = new();

    [Id(4)] public DateTimeOffset? PushLockedUntil { get; set; }

    [Id(5)] public PasscodeState Passcodes { get; set; } = new();

    [NonSerialized]
    private readonly List<AuditRecord> _uncommittedAudit = [];

    /// <summary>The audit rows of the write in flight; never stored as part of the state (not serialized, ignored by JSON).</summary>
    [JsonIgnore]
    public List<AuditRecord> UncommittedAudit => _uncommittedAudit;

    /// <summary>
    /// JSON gives every mention of a value its own string, and an account names its one or two devices in each of its
    /// challenges' deliveries and answers and in their enrolments, and an enrolment in its test challenge: those point
    /// at the device's and the enrolment's own strings instead, which an active account holds anyway, and every resolved
    /// challenge at the one empty context (together about 0.7 KB less per active user).
    /// </summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        foreach (var challenge in Challenges)
        {
            challenge.Context = Shared(challenge.Context, ChallengeRecord.NoContext);
            foreach (var enrolment in Enrolments)
            {
                challenge.EnrolmentId = Shared(challenge.EnrolmentId, enrolment.Id);
            }
        }

        foreach (var device in Devices)
        {
            foreach (var enrolment in Enrolments)
            {
                if (enrolment.DeviceId == device.Id)
                {
                    enrolment.DeviceId = device.Id;
                    enrolment.DeviceName = Shared(enrolment.DeviceName, device.Name);
                    device.EnrolmentId = Shared(device.EnrolmentId, enrolment.Id);
                }
            }

            foreach (var challenge in Challenges)
            {
                challenge.AnsweredBy = Shared(challenge.AnsweredBy, device.Id);
                foreach (var delivery in challenge.Deliveries)
                {
                    delivery.DeviceId = Shared(delivery.DeviceId, device.Id);
                }
            }
        }
    }

    /// <summary>The instance kept for <paramref name="value"/>: <paramref name="kept"/> when the two are equal.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    private static T? Shared<T>(T? value, T? kept)
        where T : class =>
        Equals(value, kept) ? kept : value;
}

/// <summary>One enrolment of an authenticator app.</summary>
[GenerateSerializer, Alias("mfa.EnrolmentRecord")]
public sealed class EnrolmentRecord
{
    [Id(0)] public string Id { get; set; } = "";

    [Id(1)] public EnrolmentStatus Status { get; set; }

    /// <summary>Keyed hash of the activation code; the code itself is only kept sealed, and only until activation.</summary>
    [Id(2)] public string CodeHash { get; set; } = "";

    [Id(3)] public ProtectedSecret? SealedCode { get; set; }

    [Id(4)] public string? DeviceLabel { get; set; }

    [Id(5)] public string? DeviceId { get; set; }

    [Id(6)] public string? DeviceName { get; set; }

    [Id(7)] public DevicePlatform? Platform { get; set; }

    [Id(8)] public DateTimeOffset CreatedAt { get; set; }

    [Id(9)] public DateTimeOffset ExpiresAt { get; set; }

    [Id(10)] public DateTimeOffset? EndedAt { get; set; }

    [JsonIgnore]
    public bool IsPending => Status is EnrolmentStatus.AwaitingActivation or EnrolmentStatus.AwaitingVerification;
}

/// <summary>One of the user's devices, as the account sees it; the key lives in the device grain, the push token here.</summary>
[GenerateSerializer, Alias("mfa.DeviceRecord")]
public sealed class DeviceRecord
{
    [Id(0)] public string Id { get; set; } = "";

    [Id(1)] public string? Name { get; set; }

    [Id(2)] public DevicePlatform Platform { get; set; }

    [Id(3)] public DeviceStatus Status { get; set; }

    /// <summary>
    /// True when the phone gave a push token. Also true, with no <see cref="SealedPushToken"/>, in a state stored before
    /// the token moved here from the device grain: <see cref="NeedsPushTokenMoved"/>.
    /// </summary>
    [Id(4)] public bool HasPushToken { get; set; }

    [Id(5)] public string EnrolmentId { get; set; } = "";

    [Id(6)] public DateTimeOffset EnrolledAt { get; set; }

    /// <summary>Updated in memory on every phone call and stored with the next write, so polling costs no writes.</summary>
    [Id(7)] public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>The app's base32 TOTP seed for offline codes, sealed; handed to the phone once, in the activation answer.</summary>
    [Id(8)] public ProtectedSecret? TotpSeed { get; set; }

    /// <summary>The last time step accepted from <see cref="TotpSeed"/>; codes of this step or earlier are replays.</summary>
    [Id(9)] public long? LastTotpStep { get; set; }

    /// <summary>
    /// The FCM or APNs token the user grain pushes to, so a sign-in's push needs no call to the device grain; sealed,
    /// as TOTP seeds are, since with the provider's credentials it reaches the phone.
    /// </summary>
    [Id(10)] public ProtectedSecret? SealedPushToken { get; set; }

    [JsonIgnore]
    public bool NeedsPushTokenMoved => HasPushToken && SealedPushToken is null;

    public void SetPushToken(ProtectedSecret? sealedPushToken)
    {
        SealedPushToken = sealedPushToken;
        HasPushToken = sealedPushToken is not null;
    }
}

/// <summary>The run of sign-in challenges ending denied or expired, folded as outcomes arrive.</summary>
[GenerateSerializer, Alias("mfa.FailureRun")]
public sealed class FailureRun
{
    [Id(0)] public int Count { get; set; }

    [Id(1)] public DateTimeOffset? CoolDownUntil { get; set; }
}
