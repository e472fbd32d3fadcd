using System.Globalization;
using MfaGrains.Messaging.Sending;

namespace MfaGrains.Messaging.Webhook;

/// <summary>The webhook's JSON body: <c>{ channel, phoneNumber, code, expiresAt, reference }</c>.</summary>
/// <param name="Channel"><c>sms</c> or <c>voice</c>.</param>
/// <param name="PhoneNumber">The E.164 number.</param>
/// <param name="Code">The six-digit code.</param>
/// <param name="ExpiresAt">ISO 8601 UTC with a <c>Z</c>, e.g. <c>2025-06-02T09:35:00Z</c>.</param>
/// <param name="Reference">Unique per send: the gateway's idempotency key.</param>
internal sealed record WebhookPayload(string Channel, string PhoneNumber, string Code, string ExpiresAt, string Reference)
{
    public static WebhookPayload For(PasscodeMessage message) => new(
        message.Channel == PasscodeChannel.Voice ? "voice" : "sms",
        message.PhoneNumber,
        message.Code,
        message.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        message.Reference);

    /// <summary>Leaves out the code and the number, so a payload can appear in a log or a debugger safely.</summary>
    public override string ToString() => $"WebhookPayload {{ Channel = {Channel}, Reference = {Reference} }}";
}
