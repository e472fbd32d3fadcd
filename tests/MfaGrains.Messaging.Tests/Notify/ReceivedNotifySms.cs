namespace MfaGrains.Messaging.Tests.Notify;

/// <summary>A text message request that passed every check of the fake Notify, and what it was answered.</summary>
internal sealed record ReceivedNotifySms(
    string Jwt,
    string PhoneNumber,
    string TemplateId,
    string Code,
    string Reference,
    string? SmsSenderId,
    string NotificationId,
    FakeNotifyReply Reply);
