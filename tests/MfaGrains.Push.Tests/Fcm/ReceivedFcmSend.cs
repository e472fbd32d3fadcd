namespace MfaGrains.Push.Tests.Fcm;

/// <summary>A send the fake FCM accepted as well-formed: the raw body exactly as it arrived, and how and when (on the fake's clock) it came.</summary>
internal sealed record ReceivedFcmSend(string ProjectId, string AccessToken, string RegistrationToken, string Body, string Protocol, DateTimeOffset ReceivedAt);
