namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>A made-up Notify service: its API key (whose name contains hyphens, as real ones may), template and sender ids.</summary>
internal static class NotifyTestKey
{
    public const string ServiceId = "6c0c4a0e-4d43-4b7f-9d1e-2f5b7f0a9c31";
    public const string Secret = "e3b1f7a2-95c4-4d2e-8f6a-1b0c9d8e7f65";
    public const string ApiKey = "mfagrains-ci-live-" + ServiceId + "-" + Secret;
    public const string TemplateId = "0f4d2b8e-7c61-4a3f-b5e9-d2c81a6f4e07";
    public const string SmsSenderId = "9a7e3c1d-2b4f-4e6a-8c0d-5f1e2a3b4c5d";
}
