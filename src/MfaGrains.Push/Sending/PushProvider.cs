namespace MfaGrains.Push.Sending;

/// <summary>The push services a device can be reached through.</summary>
public enum PushProvider
{
    Fcm,
    Apns,
}
