using System.Text.Json.Serialization;

namespace MfaGrains.Grains.Users;

/// <summary>One challenge of a user, pending or resolved.</summary>
[GenerateSerializer, Alias("mfa.ChallengeRecord")]
public sealed class ChallengeRecord
{
    /// <summary>The context of a resolved challenge: one instance for all of them, as a record it is never changed.</summary>
    public static readonly ChallengeContext NoContext = new(null, null, null, null);

    [Id(0)] public string Id { get; set; } = "";

    [Id(1)] public ChallengeKind Kind { get; set; }

    /// <summary>For a test challenge, the enrolment it verifies.</summary>
    [Id(2)] public string? EnrolmentId { get; set; }

    /// <summary>Keyed hash of the matching number while the challenge is pending; the number itself is never stored.</summary>
    [Id(3)] public string NumberHash { get; set; } = "";

    [Id(4)] public ChallengeContext Context { get; set; } = NoContext;

    [Id(5)] public DateTimeOffset CreatedAt { get; set; }

    [Id(6)] public DateTimeOffset ExpiresAt { get; set; }

    [Id(7)] public ChallengeStatus Status { get; set; }

    [Id(8)] public ChallengeReason? Reason { get; set; }

    [Id(9)] public string? AnsweredBy { get; set; }

    [Id(10)] public DateTimeOffset? ResolvedAt { get; set; }

    [Id(11)] public List<DeliveryRecord> Deliveries { get; set; } = [];

    [Id(12)] public int Revision { get; set; }

    /// <summary>Set when a device fetched the challenge from its pending list; stored with the user's next write.</summary>
    [Id(13)] public bool FetchedByDevice { get; set; }

    [JsonIgnore]
    public bool IsPending => Status == ChallengeStatus.Pending;

    /// <summary>
    /// Whether the person could have seen it: a push reached FCM or APNs, or a phone fetched it. A challenge that expires
    /// unseen (a push outage, no token) says nothing about the person, so it does not count toward the cool-down.
    /// </summary>
    [JsonIgnore]
    public bool WasSeen => FetchedByDevice || Deliveries.Exists(d => d.State == DeliveryState.Sent);

    public bool IsSentTo(string deviceId) => Deliveries.Exists(d => d.DeviceId == deviceId);

    /// <summary>Expiry is data: a pending challenge past its lifetime is expired whether or not anything has recorded it yet.</summary>
    public bool HasLapsed(DateTimeOffset now) => IsPending && now >= ExpiresAt;

    public void Resolve(ChallengeStatus status, ChallengeReason? reason, DateTimeOffset at, string? answeredBy = null)
    {
        Status = status;
        Reason = reason;
        ResolvedAt = at;
        AnsweredBy = answeredBy;
        Revision++;

        // Nothing checks the number of a resolved challenge, and only a pending one shows its context (to the phone):
        // dropping both keeps every later write of the user smaller.
        NumberHash = "";
        Context = NoContext;
    }
}

/// <summary>The push of one challenge to one device.</summary>
[GenerateSerializer, Alias("mfa.DeliveryRecord")]
public sealed class DeliveryRecord
{
    [Id(0)] public string DeviceId { get; set; } = "";

    [Id(1)] public DeliveryChannel Channel { get; set; }

    [Id(2)] public DeliveryState State { get; set; }

    [Id(3)] public string? Error { get; set; }
}
