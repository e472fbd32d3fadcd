namespace MfaGrains.Push.Fcm;

/// <summary>Settings for the FCM HTTP v1 sender (section <c>Push:Fcm</c>); the sender is active only when <see cref="ServiceAccountJsonPath"/> is set.</summary>
public sealed class FcmOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Push:Fcm";

    /// <summary>The production FCM endpoint.</summary>
    public const string DefaultBaseUrl = "https://fcm.googleapis.com";

    /// <summary>
    /// Path of the Firebase service-account JSON key file. The project id, client e-mail, private key and the OAuth
    /// <c>token_uri</c> all come from this file. Leave empty to disable FCM (Android phones then use the pull route).
    /// </summary>
    public string? ServiceAccountJsonPath { get; set; }

    /// <summary>
    /// Base URL of the FCM API, default <c>https://fcm.googleapis.com</c>. An <c>http://</c> URL is allowed so that a
    /// loopback fake can stand in for FCM in tests.
    /// </summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>True when a service-account file is configured, i.e. when the FCM sender should be registered.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ServiceAccountJsonPath);
}
