namespace MfaGrains.Push.Sending;

/// <summary>
/// One challenge notification for one device. Carries identifiers only: never the number, a location or an address.
/// </summary>
/// <param name="DeviceToken">The FCM registration token or APNs device token.</param>
/// <param name="ChallengeId">The challenge the phone should fetch.</param>
/// <param name="DeviceId">The device the push is for, so a phone with several accounts picks the right one.</param>
/// <param name="Application">The portal's application name, the only context an alert may show.</param>
/// <param name="ExpiresAt">When the challenge expires; the push is worthless after it.</param>
public sealed record PushMessage(string DeviceToken, string ChallengeId, string DeviceId, string? Application, DateTimeOffset ExpiresAt);
