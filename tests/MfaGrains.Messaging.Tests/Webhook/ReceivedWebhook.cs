namespace MfaGrains.Messaging.Tests.Webhook;

/// <summary>A passcode request that passed every check of the fake webhook, and the status it was answered.</summary>
internal sealed record ReceivedWebhook(string Channel, string PhoneNumber, string Code, DateTimeOffset ExpiresAt, string Reference, long Timestamp, int Status);

/// <summary>A request the fake webhook refused: the status sent and which check failed.</summary>
internal sealed record WebhookRefusal(int Status, string Detail);
